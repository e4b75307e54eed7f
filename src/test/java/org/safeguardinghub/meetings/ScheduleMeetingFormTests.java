package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleMeetingFormTests {

    @ParameterizedTest
    @CsvSource({"14:15, 14:15", "14.15, 14:15", "2:15pm, 14:15", "2:15 PM, 14:15", "2pm, 14:00", "10am, 10:00",
            "12pm, 12:00", "12:30am, 00:30", "9:05, 09:05"})
    void readsTimesAsPeopleWriteThem(String typed, String expected) {
        assertThat(ScheduleMeetingForm.time(typed)).contains(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarter past two", "25:00", "14:75", "13pm", ""})
    void refusesWhatIsNotATime(String typed) {
        assertThat(ScheduleMeetingForm.time(typed)).isEmpty();
    }
}
