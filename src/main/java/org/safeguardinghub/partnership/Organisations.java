package org.safeguardinghub.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of each partnership; one organisation record serves every partnership it is in. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository organisations;
    private final PartnershipOrganisationRepository participations;
    private final People people;

    Organisations(OrganisationRepository organisations, PartnershipOrganisationRepository participations, People people) {
        this.organisations = organisations;
        this.participations = participations;
        this.people = people;
    }

    /** Each organisation's safeguarding lead in this partnership, by organisation id, for those that have one. */
    public java.util.Map<Long, Person> safeguardingLeads(long partnershipId) {
        var people = this.people.allIn(partnershipId).stream().collect(java.util.stream.Collectors.toMap(Person::getId, p -> p));
        var leads = new java.util.HashMap<Long, Person>();
        for (var link : participations.findByPartnershipId(partnershipId)) {
            if (link.getSafeguardingLeadId() != null && people.containsKey(link.getSafeguardingLeadId())) {
                leads.put(link.getOrganisationId(), people.get(link.getSafeguardingLeadId()));
            }
        }
        return leads;
    }

    public List<OrganisationInPartnership> in(long partnershipId) {
        var links = participations.findByPartnershipId(partnershipId);
        var byId = organisations.findAllById(links.stream().map(PartnershipOrganisation::getOrganisationId).toList())
                .stream().collect(java.util.stream.Collectors.toMap(Organisation::getId, o -> o));
        return links.stream().map(l -> new OrganisationInPartnership(byId.get(l.getOrganisationId()), l))
                .sorted(Comparator.comparing(o -> o.organisation().getName().toLowerCase()))
                .toList();
    }

    public Optional<OrganisationInPartnership> find(long partnershipId, long organisationId) {
        return participations.findByPartnershipIdAndOrganisationId(partnershipId, organisationId)
                .flatMap(link -> organisations.findById(organisationId).map(o -> new OrganisationInPartnership(o, link)));
    }

    /** How many partnerships an organisation serves, for the organisation page. */
    public int partnershipCount(long organisationId) {
        return participations.findByOrganisationId(organisationId).size();
    }

    /**
     * Adds an organisation to a partnership. An organisation the Hub already knows under that name
     * (a police force serving another partnership) is linked rather than copied.
     */
    @Transactional
    public AddedOrganisation add(long partnershipId, String name, OrganisationType type, String website,
            LocalDate joinedOn) {
        var existing = organisations.findByNameIgnoringCase(name.trim());
        if (existing.isPresent()) {
            var organisation = existing.get();
            if (participations.findByPartnershipIdAndOrganisationId(partnershipId, organisation.getId()).isPresent()) {
                throw new DuplicateRecord("name", organisation.getName() + " is already an organisation in this partnership");
            }
            participations.save(new PartnershipOrganisation(partnershipId, organisation.getId(), joinedOn));
            return new AddedOrganisation(organisation, true);
        }
        var organisation = organisations.saveAndFlush(new Organisation(name, type, website));
        participations.save(new PartnershipOrganisation(partnershipId, organisation.getId(), joinedOn));
        return new AddedOrganisation(organisation, false);
    }

    @Transactional
    public void update(long partnershipId, long organisationId, int expectedVersion, int expectedParticipationVersion,
            String name, OrganisationType type, String website, LocalDate joinedOn, LocalDate leftOn) {
        var current = participations.findByPartnershipIdAndOrganisationId(partnershipId, organisationId).orElseThrow();
        update(partnershipId, organisationId, expectedVersion, expectedParticipationVersion, name, type, website, joinedOn,
                leftOn, current.getSafeguardingLeadId());
    }

    /** As above, also choosing the organisation's safeguarding lead (a person of this partnership, or none). */
    @Transactional
    public void update(long partnershipId, long organisationId, int expectedVersion, int expectedParticipationVersion,
            String name, OrganisationType type, String website, LocalDate joinedOn, LocalDate leftOn, Long safeguardingLeadId) {
        var link = participations.findByPartnershipIdAndOrganisationId(partnershipId, organisationId).orElseThrow();
        if (safeguardingLeadId != null && people.find(partnershipId, safeguardingLeadId).isEmpty()) {
            throw new DuplicateRecord("safeguardingLead", "Select a person from this partnership as the safeguarding lead");
        }
        var organisation = organisations.findById(organisationId).orElseThrow();
        organisations.findByNameIgnoringCase(name.trim()).filter(other -> !other.getId().equals(organisationId))
                .ifPresent(other -> {
                    throw new DuplicateRecord("name", "Another organisation is already called " + other.getName());
                });
        organisation.update(expectedVersion, name, type, website);
        link.changeDates(expectedParticipationVersion, joinedOn, leftOn);
        link.chooseSafeguardingLead(safeguardingLeadId);
        organisations.flush();
    }

    public record AddedOrganisation(Organisation organisation, boolean alreadyKnown) {
    }
}
