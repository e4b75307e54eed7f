package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people known to each partnership. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class People {

    private final PersonRepository people;
    private final PartnershipPersonRepository links;

    People(PersonRepository people, PartnershipPersonRepository links) {
        this.people = people;
        this.links = links;
    }

    public Page<Person> in(long partnershipId, String search, int page, int size) {
        var term = search == null ? "" : search.trim().toLowerCase();
        return people.findInPartnership(partnershipId, term, PageRequest.of(Math.max(0, page - 1), size));
    }

    public List<Person> allIn(long partnershipId) {
        return people.findAllInPartnership(partnershipId);
    }

    public Optional<Person> find(long partnershipId, long personId) {
        return links.existsByPartnershipIdAndPersonId(partnershipId, personId) ? people.findById(personId)
                : Optional.empty();
    }

    /** The same words for every refusal that could otherwise tell one partnership who another knows. */
    public static final String CANNOT_ADD_PERSON = "A person with this email address cannot be added. Check the name and "
            + "email address are exactly as the person uses them, or ask a system administrator";

    /**
     * Adds a person to a partnership. Someone already in the Hub with that email (a member of
     * another partnership) is linked rather than copied, but only when the first and last names
     * typed are theirs too (case and extra spaces aside). Their details stay with the partnership
     * that added them; the job title typed here is not used.
     */
    @Transactional
    public Person add(long partnershipId, String givenName, String familyName, String email, String jobTitle) {
        var existing = email == null || email.isBlank() ? Optional.<Person>empty() : people.findByEmailIgnoringCase(email.trim());
        if (existing.isPresent()) {
            var person = existing.get();
            if (!person.isNamed(givenName, familyName)) {
                throw new DuplicateRecord("email", CANNOT_ADD_PERSON);
            }
            if (links.existsByPartnershipIdAndPersonId(partnershipId, person.getId())) {
                throw new DuplicateRecord("email", person.getFullName() + " already uses this email address in this partnership");
            }
            links.save(new PartnershipPerson(partnershipId, person.getId()));
            return person;
        }
        var person = people.saveAndFlush(new Person(givenName, familyName, email, jobTitle, partnershipId));
        links.save(new PartnershipPerson(partnershipId, person.getId()));
        return person;
    }

    /** A partnership's business unit changes a person's details: only the partnership that keeps them may. */
    @Transactional
    public void update(long partnershipId, long personId, int expectedVersion, String givenName, String familyName,
            String email, String jobTitle) {
        var person = find(partnershipId, personId).orElseThrow();
        change(person, expectedVersion, SharedRecordEditor.businessUnitOf(partnershipId), givenName, familyName, email, jobTitle);
    }

    /** A system administrator corrects a person's details, whichever partnership keeps them. */
    @Transactional
    public void correct(SharedRecordEditor administrator, long personId, int expectedVersion, String givenName,
            String familyName, String email, String jobTitle) {
        if (!administrator.systemAdministrator()) {
            throw new org.springframework.security.access.AccessDeniedException("Only system administrators correct people");
        }
        change(people.findById(personId).orElseThrow(), expectedVersion, administrator, givenName, familyName, email, jobTitle);
    }

    private void change(Person person, int expectedVersion, SharedRecordEditor editor, String givenName, String familyName,
            String email, String jobTitle) {
        if (editor.mayChangeFactsKeptBy(person.getOwnerPartnershipId()) && email != null && !email.isBlank()) {
            people.findByEmailIgnoringCase(email.trim()).filter(other -> !other.getId().equals(person.getId()))
                    .ifPresent(other -> {
                        throw new DuplicateRecord("email", "This email address cannot be used. Check it is exactly as "
                                + "the person uses it, or ask a system administrator");
                    });
        }
        person.update(expectedVersion, editor, givenName, familyName, email, jobTitle);
        people.flush();
    }

    /** Anyone in the Hub, for the system administrators. */
    public Optional<Person> findAnywhere(long personId) {
        return people.findById(personId);
    }

    /** Someone in the Hub by their exact email address, for the system administrators. */
    public Optional<Person> findAnywhereByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : people.findByEmailIgnoringCase(email.trim());
    }

    /** The partnerships that know a person, for the system administrators. */
    public List<Long> partnershipsOf(long personId) {
        return links.findByPersonId(personId).stream().map(PartnershipPerson::partnershipId).toList();
    }
}
