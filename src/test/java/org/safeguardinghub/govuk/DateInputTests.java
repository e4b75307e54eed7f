package org.safeguardinghub.govuk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateInputTests {

    private static DateInput typed(String day, String month, String year) {
        var input = new DateInput();
        input.setDay(day);
        input.setMonth(month);
        input.setYear(year);
        return input;
    }

    @Test
    void blankBoxesAreNoDateAndNoProblem() {
        var input = typed("", " ", null);
        assertTrue(input.isBlank());
        assertEquals(Optional.empty(), input.toDate());
        assertEquals(Optional.empty(), input.problem("the start date"));
    }

    @Test
    void missingPartsAreNamed() {
        assertEquals(Optional.of("The start date must include a month"), typed("3", "", "2024").problem("the start date"));
        assertEquals(Optional.of("The start date must include a day and year"), typed(null, "4", " ").problem("the start date"));
    }

    @Test
    void aDateThatDoesNotExistIsNotReal() {
        assertEquals(Optional.of("The start date must be a real date"), typed("31", "2", "2024").problem("the start date"));
        assertEquals(Optional.of("The start date must be a real date"), typed("1", "13", "2024").problem("the start date"));
        assertEquals(Optional.of("The start date must be a real date"), typed("one", "2", "2024").problem("the start date"));
    }

    @Test
    void aValidDateHasNoProblemAndConverts() {
        var input = typed(" 29", "2 ", "2024");
        assertEquals(Optional.empty(), input.problem("the start date"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), input.toDate());
    }

    @Test
    void showsADateBackInItsBoxes() {
        var input = DateInput.of(LocalDate.of(2024, 3, 7));
        assertEquals("7", input.getDay());
        assertEquals("3", input.getMonth());
        assertEquals("2024", input.getYear());
        assertTrue(DateInput.of(null).isBlank());
    }
}
