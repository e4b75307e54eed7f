package org.safeguardinghub.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people known to each partnership. */
@Service
@Transactional(readOnly = true)
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

    /**
     * Adds a person to a partnership. Someone already in the Hub with that email (a member of
     * another partnership) is linked rather than copied.
     */
    @Transactional
    public Person add(long partnershipId, String givenName, String familyName, String email, String jobTitle) {
        var existing = email == null || email.isBlank() ? Optional.<Person>empty() : people.findByEmailIgnoringCase(email.trim());
        if (existing.isPresent()) {
            var person = existing.get();
            if (!person.getGivenName().equalsIgnoreCase(givenName.trim())
                    || !person.getFamilyName().equalsIgnoreCase(familyName.trim())) {
                // Only link someone the business unit can already name, and do not reveal who else uses the address.
                throw new DuplicateRecord("email", "Another person in the Hub uses this email address");
            }
            if (links.existsByPartnershipIdAndPersonId(partnershipId, person.getId())) {
                throw new DuplicateRecord("email", person.getFullName() + " already uses this email address in this partnership");
            }
            links.save(new PartnershipPerson(partnershipId, person.getId()));
            return person;
        }
        var person = people.saveAndFlush(new Person(givenName, familyName, email, jobTitle));
        links.save(new PartnershipPerson(partnershipId, person.getId()));
        return person;
    }

    @Transactional
    public void update(long partnershipId, long personId, int expectedVersion, String givenName, String familyName,
            String email, String jobTitle) {
        var person = find(partnershipId, personId).orElseThrow();
        if (email != null && !email.isBlank()) {
            people.findByEmailIgnoringCase(email.trim()).filter(other -> !other.getId().equals(personId))
                    .ifPresent(other -> {
                        throw new DuplicateRecord("email", "Another person already uses this email address");
                    });
        }
        person.update(expectedVersion, givenName, familyName, email, jobTitle);
        people.flush();
    }
}
