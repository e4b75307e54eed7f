package org.safeguardinghub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The seeded list of bank holidays, and the administrator adding and removing one, each change audited. */
@HubIntegrationTest
class BankHolidaysIntegrationTests {

    @Autowired
    BankHolidays holidays;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficialListFor2018To2027IsSeededWithSubstituteAndOneOffDays() {
        var dates = holidays.all().stream().map(BankHoliday::getDate).toList();
        for (var year = 2018; year <= 2027; year++) {
            final var y = year;
            assertThat(dates.stream().filter(d -> d.getYear() == y).count()).as("holidays in " + y)
                    .isEqualTo(switch (y) { case 2022 -> 10L; case 2023 -> 9L; default -> 8L; });
        }
        assertThat(dates).contains(LocalDate.of(2020, 5, 8), LocalDate.of(2020, 12, 28), LocalDate.of(2021, 12, 27),
                LocalDate.of(2021, 12, 28), LocalDate.of(2022, 1, 3), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19), LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27), LocalDate.of(2023, 1, 2),
                LocalDate.of(2023, 5, 8), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 3, 26),
                LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
        assertThat(dates).doesNotContain(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));
        assertThat(dates).allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
        assertThat(holidays.workingDays().plus(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void theAdministratorAddsAndRemovesAHolidayAndBothAreAudited() throws Exception {
        var admin = user(users.loadUserByUsername("admin"));
        var page = mvc.perform(get("/admin/bank-holidays").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bank holidays in England", "Platinum Jubilee bank holiday");

        var weekend = mvc.perform(post("/admin/bank-holidays").with(csrf()).with(admin).param("date.day", "5")
                .param("date.month", "6").param("date.year", "2032").param("name", "A Saturday")).andReturn().getResponse();
        assertThat(weekend.getContentAsString()).contains("There is a problem", "must be on a weekday");
        var duplicate = mvc.perform(post("/admin/bank-holidays").with(csrf()).with(admin).param("date.day", "25")
                .param("date.month", "12").param("date.year", "2025").param("name", "Again")).andReturn().getResponse();
        assertThat(duplicate.getContentAsString()).contains("There is already a bank holiday on that date");

        mvc.perform(post("/admin/bank-holidays").with(csrf()).with(admin).param("date.day", "7")
                .param("date.month", "6").param("date.year", "2032").param("name", "A one-off holiday"));
        var added = holidays.all().stream().filter(h -> h.getDate().equals(LocalDate.of(2032, 6, 7))).findFirst().orElseThrow();
        assertThat(holidays.workingDays().isWorkingDay(LocalDate.of(2032, 6, 7))).isFalse();
        mvc.perform(post("/admin/bank-holidays/" + added.getId() + "/remove").with(csrf()).with(admin)
                .param("version", String.valueOf(added.getVersion())));
        assertThat(holidays.workingDays().isWorkingDay(LocalDate.of(2032, 6, 7))).isTrue();
        assertThat(jdbc.queryForList("select action from audit_event where record_type = 'BankHoliday' and record_id = ? order by id",
                String.class, String.valueOf(added.getId()))).containsExactly("CREATED", "REMOVED");
    }
}
