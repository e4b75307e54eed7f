package org.safeguardinghub.govuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.govuk.IdentifyingDetails.Kind.DATE_OF_BIRTH;
import static org.safeguardinghub.govuk.IdentifyingDetails.Kind.EMAIL_ADDRESS;
import static org.safeguardinghub.govuk.IdentifyingDetails.Kind.NHS_NUMBER;
import static org.safeguardinghub.govuk.IdentifyingDetails.Kind.PHONE_NUMBER;
import static org.safeguardinghub.govuk.IdentifyingDetails.Kind.POSTCODE;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguardinghub.govuk.IdentifyingDetails.Finding;
import org.safeguardinghub.govuk.IdentifyingDetails.Kind;

class IdentifyingDetailsTests {

    private static List<String> found(String text, Kind kind) {
        return IdentifyingDetails.in(text).stream().filter(f -> f.kind() == kind).map(Finding::text).toList();
    }

    // NHS numbers

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "9434765919", "943-476-5919", "401 023 2137"})
    void findsAnNhsNumberWithAValidCheckDigitHoweverItIsSpaced(String number) {
        assertThat(IdentifyingDetails.in("Child's NHS number is " + number + ", seen by the GP"))
                .containsExactly(new Finding(NHS_NUMBER, number, 22));
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5918", "9434765910", "1234567890", "0000000001"})
    void aTenDigitNumberWithAWrongCheckDigitIsNotAnNhsNumber(String number) {
        assertThat(found("Reference " + number, NHS_NUMBER)).isEmpty();
    }

    @Test
    void anNhsNumberWhoseCheckWouldBeTenIsNeverIssued() {
        // 1000000010: weights give 10 + 2 = 12, 11 - 1 = 10, so no check digit can make it valid.
        for (int last = 0; last <= 9; last++) {
            assertThat(IdentifyingDetails.validNhsNumber("100000001" + last)).isFalse();
        }
    }

    @Test
    void digitsInsideALongerNumberOrWithMixedSeparatorsAreNotAnNhsNumber() {
        assertThat(found("Account 19434765919 and 943 476-5919", NHS_NUMBER)).isEmpty();
    }

    @Property
    void everyTenDigitNumberWithItsCheckDigitIsFound(@ForAll("nineDigits") String nine) {
        var check = checkDigit(nine);
        if (check == 10) {
            return;
        }
        var number = nine + check;
        assertThat(found("NHS " + number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6), NHS_NUMBER))
                .hasSize(1);
    }

    @Property
    void noOtherLastDigitIsFound(@ForAll("nineDigits") String nine, @ForAll("digit") int last) {
        if (last == checkDigit(nine)) {
            return;
        }
        assertThat(found("Number " + nine + last + " recorded", NHS_NUMBER)).isEmpty();
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Provide
    Arbitrary<Integer> digit() {
        return Arbitraries.integers().between(0, 9);
    }

    private static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    // Dates of birth

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child B, DOB 12/03/2015, lives with mother|12/03/2015",
            "D.O.B. 12-03-2015|12-03-2015",
            "d.o.b: 12.03.15|12.03.15",
            "Date of birth: 12 March 2015|12 March 2015",
            "She was born on 12th March 2015 at home|12th March 2015",
            "born in hospital on 3 May 2024|3 May 2024",
            "Birthday March 12, 2015|March 12, 2015",
            "Seen with baby (12/03/2024 DOB) at clinic|12/03/2024",
            "birth date 1 Sept 2019|1 Sept 2019"})
    void findsADateWrittenAsADateOfBirth(String text, String date) {
        assertThat(found(text, DATE_OF_BIRTH)).containsExactly(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The meeting on 12/03/2025 agreed the plan",
            "Due 12 March 2025",
            "Action due by 30-06-2026, owner to report back",
            "Minutes of 4th February 2025 approved",
            "The strategic review was born out of the meeting. It reported on 12 March 2025",
            "Unborn baby due 12/05/2025",
            "Newborn checks completed; next visit 1 June 2025",
            "Child aged 4 at the incident on 12 March 2019",
            "Born in 2015",
            "The panel met in 2015 and 2016"})
    void ordinaryDatesAreNotDatesOfBirth(String text) {
        assertThat(found(text, DATE_OF_BIRTH)).isEmpty();
    }

    @Test
    void aBirthWordInAnEarlierSentenceDoesNotMakeALaterDateADateOfBirth() {
        assertThat(found("Mother was born abroad. The review met on 12 March 2025", DATE_OF_BIRTH)).isEmpty();
    }

    // Postcodes

    @ParameterizedTest
    @ValueSource(strings = {"SY2 6ND", "B1 1AA", "SW1A 1AA", "M1 1AE", "CR2 6XH", "DN55 1PT", "sy2 6nd", "SY26ND"})
    void findsAFullPostcode(String postcode) {
        assertThat(found("Family moved to " + postcode + " last year", POSTCODE)).containsExactly(postcode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The family live in SY2", "Shrewsbury SY area", "Birmingham B1", "Sy2 6nd is mixed case", "reference a1b2ab", "ab12ab",
            "Meeting at 10am in room B1 2nd floor", "Version 1.2 of the plan", "Q3 2025 report"})
    void anOutwardCodeAloneOrAnythingLikeItIsNotAPostcode(String text) {
        assertThat(found(text, POSTCODE)).isEmpty();
    }

    // Phone numbers

    @ParameterizedTest
    @ValueSource(strings = {"01743 123456", "07700 900123", "07700 900 123", "+44 7700 900123", "0300 123 4567",
            "020 7946 0018", "(01743) 123456", "+44 (0)1743 123456", "01743-123456", "07700900123", "0161 496 0000"})
    void findsAUkPhoneNumber(String number) {
        assertThat(found("Call mum on " + number + " after school", PHONE_NUMBER)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budget of £1,250,000 agreed", "Meeting 09:30 to 11:00", "Between 2019 and 2025",
            "Reference 2024-0117", "Version 10.2.1", "Paragraph 4.12 of Working Together 2023", "12/03/2025 at 14:00",
            "Cost 123456 pounds"})
    void numbersInMinutesAreNotPhoneNumbers(String text) {
        assertThat(IdentifyingDetails.in(text)).isEmpty();
    }

    @Test
    void aNumberFollowedByMoreDigitsIsStillFoundButNotRunOnto() {
        assertThat(found("Ring 01743 123456 2 times", PHONE_NUMBER)).containsExactly("01743 123456");
    }

    // Email addresses

    @ParameterizedTest
    @ValueSource(strings = {"jo.bloggs@example.com", "j_o'neill+school@mail.example.co.uk", "MUM123@EXAMPLE.ORG"})
    void findsAnEmailAddress(String email) {
        assertThat(found("Contact " + email + ".", EMAIL_ADDRESS)).containsExactly(email);
    }

    @Test
    void anAtSignAloneIsNotAnEmailAddress() {
        assertThat(IdentifyingDetails.in("Meet @ 10, see item 3 @ the strategic group")).isEmpty();
    }

    // Together

    @Test
    void findsEachKindInOrderOfAppearance() {
        var text = "Child C (NHS 943 476 5919, DOB 01/02/2016) lives at SY2 6ND; mum 07700 900123, mum@example.com";
        assertThat(IdentifyingDetails.in(text)).extracting(Finding::kind)
                .containsExactly(NHS_NUMBER, DATE_OF_BIRTH, POSTCODE, PHONE_NUMBER, EMAIL_ADDRESS);
    }

    @Test
    void nothingInBlankOrMissingText() {
        assertThat(IdentifyingDetails.in(null)).isEmpty();
        assertThat(IdentifyingDetails.in("  ")).isEmpty();
    }

    @Test
    void ordinaryMinutesTextHasNothing() {
        assertThat(IdentifyingDetails.in("""
                Action 12: the designated nurse to share the audit of 30 cases with the group by 31 March 2026.
                The board agreed £45,000 for training in 2025/26. Next meeting 14/05/2026 at 10:00, room 2.
                Child G (aged 3) was known to 4 agencies; see LCSPR 2024-03 and rapid review RR-2024-007.""")).isEmpty();
    }

    @Property
    void textWithoutDigitsOrAtSignsHasNothing(@ForAll("words") String text) {
        assertThat(IdentifyingDetails.in(text)).isEmpty();
    }

    @Provide
    Arbitrary<String> words() {
        return Combinators.combine(Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz .,;:'").ofMaxLength(200),
                Arbitraries.of("", "born ", "DOB ", "date of birth ")).as((a, b) -> b + a);
    }
}
