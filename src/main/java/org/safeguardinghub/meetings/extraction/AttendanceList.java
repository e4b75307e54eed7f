package org.safeguardinghub.meetings.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who the minutes say was there, sent apologies or did not attend, and the rule for turning an
 * action's owner as written ("DS", "Jane", "All partners") into a person: only from the minutes'
 * own lists, and never silently when the match is not certain.
 */
final class AttendanceList {

    static final class Person {
        final String name;
        String initials;
        String organisation;
        String role;
        /** What followed the name where it was read, before it is sorted into title and organisation. */
        String rest = "";

        Person(String name, String initials, String organisation, String role) {
            this.name = name;
            this.initials = initials;
            this.organisation = blankToNull(organisation);
            this.role = blankToNull(role);
        }

        void continueOrganisation(String more) {
            organisation = append(organisation, more);
        }

        void continueRole(String more) {
            role = append(role, more);
        }

        ExtractedMinutes.Attendee toAttendee() {
            return new ExtractedMinutes.Attendee(name, initials, organisation, role);
        }

        String firstName() {
            return name.split(" ")[0];
        }

        private static String append(String text, String more) {
            if (more == null || more.isBlank()) {
                return text;
            }
            return text == null ? more.strip() : text + " " + more.strip();
        }
    }

    private static final String HONORIFIC = "(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Revd|Sir|Dame)\\.?\\s+";
    private static final String NAME_WORD = "[A-Z][\\p{L}'’]*(?:-[A-Z]?[\\p{L}'’]+)*";
    private static final String PARTICLE = "(?:de|van|von|der|den|da|di|du|le|la|bin|al|ap)\\s+";
    static final String PERSON_NAME = NAME_WORD + "(?:\\s+(?:" + PARTICLE + ")?" + NAME_WORD + "){1,3}";

    /** A person as an attendance list writes them: "Dr Jane Doe (JD)" followed by anything else. */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:" + HONORIFIC + ")?(?<name>" + PERSON_NAME + ")\\s*(?:[(\\[](?<bracket>[^)\\]]{1,60})[)\\]])?\\s*(?<rest>.*)$");
    private static final Pattern INITIALS = Pattern.compile("^[A-Z](?:[A-Z]|[a-z](?=[A-Z]))?[A-Za-z]{0,2}$");
    private static final Pattern NAME_ONLY = Pattern.compile("^(?:" + HONORIFIC + ")?" + PERSON_NAME + "$");

    /**
     * Words that make an owner a body or a role rather than a person; such owners ("All partners",
     * "The Business Unit", "Chair") are kept as written.
     */
    private static final Pattern LABEL = Pattern.compile("(?i)\\b(?:partners?|partnership|business\\s+(?:support\\s+)?unit|bu"
            + "|chairs?|co-chairs?|vice[- ]chair|all|everyone|members?|agenc(?:y|ies)|organisations?|group|sub-?group|board"
            + "|panel|team|services?|council|trust|police|icb|secretariat|officers?|colleagues|leads?|schools?|education"
            + "|health|early\\s+help|social\\s+care|committee|forum|network|executive|managers?|administrators?"
            + "|co-?ordinators?|directors?|head|representatives?|minute[- ]taker|practitioners|authority|commissioners?)\\b");
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(?:director|manager|lead|officer|nurse|head|chair"
            + "|inspector|superintendent|sergeant|constable|worker|administrator|advis[eo]r|co-?ordinator|doctor|paediatrician"
            + "|designated|principal|principle|specialist|consultant|practitioner|coordinator|teacher|senior|deputy|assistant"
            + "|chief|executive|commissioner|clinician|analyst|partner|secretary|scrutineer|governor|headteacher|leader"
            + "|support|minutes|clerk)\\b");
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(?:council|police|constabulary|trust|icb"
            + "|board|nhs|service|school|college|academy|partnership|probation|authority|cafcass|ltd|limited|foundation"
            + "|hospital|federation|fire|rescue|university|charity|justice|integrated|commissioning|health|barnardo's"
            + "|nspcc|yss|department)\\b");

    private static final Pattern NOT_IN_A_NAME = Pattern.compile(
            "\\b(?:The|A|An|Of|For|And|To|In|On|With|From|By|Our|This|That|Each|Every|New|Update|Report|Review|Plan"
                    + "|Strategy|Policy|Item|Minutes|Meeting|Agenda)\\b|[\\p{L}]['’]s\\b|\\b[A-Z]{2,}\\b");

    private final List<Person> present = new ArrayList<>();
    private final List<String> apologies = new ArrayList<>();
    private final List<Person> absent = new ArrayList<>();

    /** The name and initials at the start of a cell or line, if it starts with a person. */
    static Optional<Person> person(String text) {
        var m = ENTRY.matcher(text.strip());
        if (!m.matches() || LABEL.matcher(m.group("name")).find()) {
            return Optional.empty();
        }
        var bracket = m.group("bracket");
        String initials = null;
        String note = null;
        if (bracket != null) {
            var inside = bracket.strip();
            if (INITIALS.matcher(inside).matches()) {
                initials = inside;
            } else {
                note = inside;
            }
        }
        var person = new Person(m.group("name"), initials, null, note);
        person.rest = m.group("rest").strip();
        return Optional.of(person);
    }

    /**
     * A line of an attendance list. After the name, only a separator may follow ("Jane Doe (JD) –
     * Chair, Northbrook Council"); "Jane Doe welcomed everyone" is a sentence, not an entry.
     */
    static Optional<Person> entry(String line) {
        var found = person(line);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var person = found.get();
        var rest = person.rest;
        if (!rest.isEmpty() && !rest.matches("^[–—,:;\\-].*")) {
            return Optional.empty();
        }
        var parts = List.of(rest.replaceFirst("^[–—,:;\\-]\\s*", "").split("\\s*(?:,|\\s[–—-]\\s)\\s*"))
                .stream().map(String::strip).filter(part -> !part.isEmpty()).toList();
        describe(person, parts);
        return Optional.of(person);
    }

    /**
     * Sorts what follows a name into job title and organisation. Minutes put them in either order,
     * so the words decide ("Designated Nurse" is a title, "Northbrook ICB" an organisation).
     */
    static void describe(Person person, List<String> parts) {
        if (parts.isEmpty()) {
            return;
        }
        if (parts.size() == 1) {
            var only = parts.getFirst();
            if (looksLikeRole(only)) {
                person.role = person.role == null ? only : person.role + ", " + only;
            } else {
                person.organisation = only;
            }
            return;
        }
        var last = parts.getLast();
        var first = parts.getFirst();
        if (looksLikeOrganisation(first) && !looksLikeRole(first) && !looksLikeOrganisation(last)) {
            person.organisation = first;
            person.role = join(person.role, String.join(", ", parts.subList(1, parts.size())));
        } else {
            person.organisation = last;
            person.role = join(person.role, String.join(", ", parts.subList(0, parts.size() - 1)));
        }
    }

    private static String join(String note, String role) {
        return note == null ? role : note + ", " + role;
    }

    static boolean looksLikeRole(String text) {
        return ROLE_WORD.matcher(text).find();
    }

    static boolean looksLikeOrganisation(String text) {
        return ORGANISATION_WORD.matcher(text).find();
    }

    static boolean isInitials(String text) {
        return INITIALS.matcher(text).matches() && text.chars().filter(Character::isUpperCase).count() >= 2;
    }

    static boolean isLabel(String text) {
        return LABEL.matcher(text).find();
    }

    /**
     * Capitalised words that could be a name: "Jane Doe", "Anne-Marie Speke". Headings and bodies
     * are capitalised too, so articles, possessives and capitals-only words rule a name out.
     */
    static boolean isPersonName(String text) {
        var t = text.strip();
        return NAME_ONLY.matcher(t).matches() && !LABEL.matcher(t).find() && !NOT_IN_A_NAME.matcher(t).find();
    }

    void addPresent(Person person) {
        present.add(person);
    }

    void addApology(String name) {
        if (!apologies.contains(name)) {
            apologies.add(name);
        }
    }

    void addAbsent(Person person) {
        absent.add(person);
    }

    boolean isEmpty() {
        return present.isEmpty();
    }

    List<ExtractedMinutes.Attendee> attendees() {
        return present.stream().map(Person::toAttendee).toList();
    }

    List<String> apologies() {
        return List.copyOf(apologies);
    }

    List<String> notInAttendance() {
        return absent.stream().map(p -> p.name).toList();
    }

    /** Attendees who share initials: an action for those initials cannot be given to either. */
    List<String> sharedInitials() {
        var byInitials = new LinkedHashMap<String, List<String>>();
        present.stream().filter(p -> p.initials != null)
                .forEach(p -> byInitials.computeIfAbsent(p.initials, k -> new ArrayList<>()).add(p.name));
        return byInitials.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> joinNames(e.getValue()) + " are both listed as " + e.getKey()
                        + "; an action for " + e.getKey() + " cannot be given to either")
                .toList();
    }

    /** Whether a piece of an owner list could name an owner at all: a person, their initials or a body. */
    boolean couldOwn(String part) {
        var text = part.strip();
        return isInitials(text) || isLabel(text) || isPersonName(text) || byFirstName(text).size() == 1;
    }

    /**
     * The owner to record for one piece of an owner list. Initials and names are matched exactly
     * against the people present; anything less certain is still recorded but with a warning.
     */
    String resolve(String part, String where, List<String> warnings) {
        var text = part.strip().replaceAll("[.;,]+$", "");
        if (isInitials(text)) {
            return resolveInitials(text, where, warnings);
        }
        var byName = present.stream().filter(p -> p.name.equalsIgnoreCase(text)).toList();
        if (byName.size() == 1) {
            return byName.getFirst().name;
        }
        var absentByName = absent.stream().filter(p -> p.name.equalsIgnoreCase(text)).findFirst();
        if (absentByName.isPresent()) {
            warnings.add(where + ": " + text + " is listed as not in attendance");
            return absentByName.get().name;
        }
        if (isLabel(text)) {
            return text;
        }
        var first = byFirstName(text);
        if (first.size() == 1) {
            warnings.add(where + ": \"" + text + "\" taken to be " + first.getFirst().name
                    + ", the only attendee with that first name");
            return first.getFirst().name;
        }
        if (first.size() > 1) {
            warnings.add(where + ": \"" + text + "\" could be " + joinNames(first.stream().map(p -> p.name).toList(), "or")
                    + "; kept as written");
            return text;
        }
        if (isPersonName(text)) {
            warnings.add(where + ": " + text + " is not in the attendee list; kept as written");
            return text;
        }
        warnings.add(where + ": could not tell who \"" + text + "\" is; kept as written");
        return text;
    }

    private String resolveInitials(String initials, String where, List<String> warnings) {
        var exact = present.stream().filter(p -> initials.equals(p.initials)).toList();
        if (exact.size() == 1) {
            return exact.getFirst().name;
        }
        if (exact.size() > 1) {
            warnings.add(where + ": " + initials + " could be " + joinNames(exact.stream().map(p -> p.name).toList(), "or")
                    + "; kept as written");
            return initials;
        }
        var ignoringCase = present.stream().filter(p -> initials.equalsIgnoreCase(p.initials)).toList();
        if (ignoringCase.size() == 1) {
            var person = ignoringCase.getFirst();
            warnings.add(where + ": " + initials + " taken to be " + person.initials + " (" + person.name + ")");
            return person.name;
        }
        var absentPerson = absent.stream().filter(p -> initials.equals(p.initials)).toList();
        if (absentPerson.size() == 1) {
            warnings.add(where + ": " + initials + " is " + absentPerson.getFirst().name
                    + ", who is listed as not in attendance");
            return absentPerson.getFirst().name;
        }
        var derived = present.stream().filter(p -> p.initials == null && initials.equals(initialsOf(p.name))).toList();
        if (derived.size() == 1) {
            warnings.add(where + ": " + initials + " taken to be " + derived.getFirst().name
                    + " from the name; the minutes give no initials");
            return derived.getFirst().name;
        }
        if (isLabel(initials)) {
            return initials;
        }
        warnings.add(where + ": no attendee has the initials " + initials + "; kept as written");
        return initials;
    }

    private List<Person> byFirstName(String text) {
        if (text.contains(" ") || !text.matches(NAME_WORD)) {
            return List.of();
        }
        return present.stream().filter(p -> p.firstName().equalsIgnoreCase(text)).toList();
    }

    static String initialsOf(String name) {
        var words = name.split("[\\s]+");
        return (words[0].substring(0, 1) + words[words.length - 1].substring(0, 1)).toUpperCase(Locale.ROOT);
    }

    static String joinNames(List<String> names) {
        return joinNames(names, "and");
    }

    static String joinNames(List<String> names, String conjunction) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " " + conjunction + " "
                + names.getLast();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
