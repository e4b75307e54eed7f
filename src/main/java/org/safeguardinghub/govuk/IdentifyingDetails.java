package org.safeguardinghub.govuk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a child's identity in free text, so that a form can ask for it to be
 * removed before saving. False alarms teach people to tick the box without reading, so each kind is
 * narrow:
 * <ul>
 * <li>an NHS number is ten digits (together, or spaced or hyphenated 3-3-4) whose modulus 11 check
 * digit is right, so nine in ten ordinary ten-digit numbers never trigger;</li>
 * <li>a date is a date of birth only when a birth word (born, DOB, D.O.B., date of birth, birth
 * date, birthday) comes before it in the same sentence with at most a few words between, or "DOB"
 * follows it straight after; meeting dates, due dates and incident dates have no such word, and
 * "aged" is left out because "aged 4 on 12 March" dates an event, not a birth;</li>
 * <li>a postcode is a full UK postcode (outward and inward code, all capitals or all small
 * letters), never an outward code alone;</li>
 * <li>a phone number is a UK number starting 0 or +44 in one of the usual groupings;</li>
 * <li>an email address is anything shaped like one.</li>
 * </ul>
 */
public final class IdentifyingDetails {

    public enum Kind {
        NHS_NUMBER("an NHS number"),
        DATE_OF_BIRTH("a date of birth"),
        EMAIL_ADDRESS("an email address"),
        PHONE_NUMBER("a phone number"),
        POSTCODE("a postcode");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** As it reads after "This looks like". */
        public String description() {
            return description;
        }
    }

    /** One thing found: its kind and the text exactly as typed. */
    public record Finding(Kind kind, String text, int start) implements java.io.Serializable {

        int end() {
            return start + text.length();
        }
    }

    private static final Pattern NHS_NUMBER = Pattern.compile("(?<![\\d+])(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})(?![\\d])");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final String SEP = "[ -]?";
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+44 ?(?:\\(0\\) ?)?|\\(?0)(?:"
            + "\\d{4}\\)?" + SEP + "\\d{6}"
            + "|\\d{4}\\)?" + SEP + "\\d{3}" + SEP + "\\d{3}"
            + "|\\d{3}\\)?" + SEP + "\\d{3}" + SEP + "\\d{4}"
            + "|\\d{2}\\)?" + SEP + "\\d{4}" + SEP + "\\d{4}"
            + "|\\d{4}\\)?" + SEP + "\\d{5}"
            + ")(?![\\d])");

    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)\\b", Pattern.CASE_INSENSITIVE);

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DATE = "(?:\\d{1,2}(?<sep>[/.-])\\d{1,2}\\k<sep>(?:\\d{4}|\\d{2})"
            + "|\\d{1,2}(?:st|nd|rd|th)?(?: of)? " + MONTH + ",? \\d{4}"
            + "|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})";
    private static final String BIRTH_WORD = "(?:\\bborn\\b|\\bDOB\\b|\\bD\\.O\\.B\\b\\.?|\\bdate of birth\\b|\\bbirth ?date\\b|\\bbirthday\\b)";
    private static final Pattern DATE_AFTER_BIRTH_WORD = Pattern.compile(
            BIRTH_WORD + "[^.!?\\n]{0,30}?(?<![\\w/.-])(?<date>" + DATE + ")(?![\\w/-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_BEFORE_DOB = Pattern.compile(
            "(?<![\\w/.-])(?<date>" + DATE + ")\\s*[(,:-]?\\s*(?:DOB\\b|D\\.O\\.B\\b)", Pattern.CASE_INSENSITIVE);

    private IdentifyingDetails() {
    }

    /** What the text holds, in the order it appears; where two kinds claim the same characters, the first kind listed wins. */
    public static List<Finding> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var candidates = new ArrayList<Finding>();
        var nhs = NHS_NUMBER.matcher(text);
        while (nhs.find()) {
            if (validNhsNumber(nhs.group(1) + nhs.group(3) + nhs.group(4))) {
                candidates.add(new Finding(Kind.NHS_NUMBER, nhs.group(), nhs.start()));
            }
        }
        dates(DATE_AFTER_BIRTH_WORD.matcher(text), candidates);
        dates(DATE_BEFORE_DOB.matcher(text), candidates);
        all(EMAIL.matcher(text), Kind.EMAIL_ADDRESS, candidates);
        all(PHONE.matcher(text), Kind.PHONE_NUMBER, candidates);
        var postcodes = POSTCODE.matcher(text);
        while (postcodes.find()) {
            var found = postcodes.group();
            // Written in capitals, or in small letters with its space: a run of small letters and
            // digits with no space is more often a reference or an identifier than a postcode.
            if (found.equals(found.toUpperCase()) || (found.equals(found.toLowerCase()) && found.contains(" "))) {
                candidates.add(new Finding(Kind.POSTCODE, found, postcodes.start()));
            }
        }
        var findings = new ArrayList<Finding>();
        for (var candidate : candidates) {
            if (findings.stream().noneMatch(kept -> overlap(kept, candidate))) {
                findings.add(candidate);
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return List.copyOf(findings);
    }

    /** NHS numbers end in a modulus 11 check digit over the first nine, weighted 10 down to 2; a remainder giving 10 is never issued. */
    static boolean validNhsNumber(String tenDigits) {
        if (!tenDigits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    private static void dates(Matcher matcher, List<Finding> into) {
        while (matcher.find()) {
            into.add(new Finding(Kind.DATE_OF_BIRTH, matcher.group("date"), matcher.start("date")));
        }
    }

    private static void all(Matcher matcher, Kind kind, List<Finding> into) {
        while (matcher.find()) {
            into.add(new Finding(kind, matcher.group(), matcher.start()));
        }
    }

    private static boolean overlap(Finding a, Finding b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
