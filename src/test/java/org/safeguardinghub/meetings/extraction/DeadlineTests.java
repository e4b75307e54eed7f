package org.safeguardinghub.meetings.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTests {

    private static final LocalDate MEETING = LocalDate.of(2023, 5, 17); // a Wednesday

    @ParameterizedTest(name = "\"{0}\" after 17 May 2023 is {1}")
    @CsvSource(delimiter = '|', value = {
            "within seven days|2023-05-24|COUNTED",
            "within 14 days|2023-05-31|COUNTED",
            "within five working days|2023-05-24|COUNTED",
            "within two weeks|2023-05-31|COUNTED",
            "in four weeks' time|2023-06-14|COUNTED",
            "within a month|2023-06-17|COUNTED",
            "by the end of the month|2023-05-31|COUNTED",
            "by the end of the week|2023-05-19|COUNTED",
            "next week|2023-05-24|COUNTED",
            "2023-09-01|2023-09-01|WRITTEN"})
    void aDeadlineCountedFromTheMeetingIsADate(String due, LocalDate date, Deadline.Kind kind) {
        assertThat(Deadline.of(due, MEETING)).isEqualTo(new Deadline(date, kind));
    }

    @Test
    void deadlinesThatDependOnWhatTheMinutesDoNotSayHaveNoDate() {
        assertThat(Deadline.of("at the next meeting", MEETING)).isEqualTo(new Deadline(null, Deadline.Kind.NEXT_MEETING));
        assertThat(Deadline.of("by the next meeting", null).kind()).isEqualTo(Deadline.Kind.NEXT_MEETING);
        assertThat(Deadline.of("Ongoing", MEETING)).isEqualTo(new Deadline(null, Deadline.Kind.UNDATED));
        assertThat(Deadline.of("as soon as possible", MEETING)).isEqualTo(new Deadline(null, Deadline.Kind.UNDATED));
        assertThat(Deadline.of("within seven days", null)).isEqualTo(new Deadline(null, Deadline.Kind.UNDATED));
        assertThat(Deadline.of(null, MEETING)).isEqualTo(new Deadline(null, Deadline.Kind.NONE));
    }

    @Test
    void theHeadingGivesTheMeetingsTimesAndPlace() {
        assertThat(MeetingHeading.read("Wednesday 17th May 2023, 2:15pm – 4:45pm, Via Microsoft Teams"))
                .isEqualTo(new MeetingHeading(LocalTime.of(14, 15), LocalTime.of(16, 45), "Microsoft Teams"));
        assertThat(MeetingHeading.read("Monday 4 March 2024, 11 – 1pm, Shirehall, Shrewsbury"))
                .isEqualTo(new MeetingHeading(LocalTime.of(11, 0), LocalTime.of(13, 0), "Shirehall, Shrewsbury"));
        assertThat(MeetingHeading.read("4 March 2024 at 10am in the Council Chamber"))
                .isEqualTo(new MeetingHeading(LocalTime.of(10, 0), null, "the Council Chamber"));
        assertThat(MeetingHeading.read("Date: 4 March 2024 14:00 https://teams.example.org/meet/1"))
                .isEqualTo(new MeetingHeading(LocalTime.of(14, 0), null, "https://teams.example.org/meet/1"));
        assertThat(MeetingHeading.read("Thursday 4 March 2024")).isEqualTo(new MeetingHeading(null, null, null));
    }
}
