package org.safeguardinghub.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of each partnership; one organisation record serves every partnership it is in. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
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
     * Adds an organisation to a partnership. One the Hub already knows under that name (a police
     * force serving another partnership) is linked rather than copied, but only when the website
     * typed has the same domain as the one on record: a name alone is not enough to claim it.
     * Any other clash gets one answer that says nothing about what other partnerships hold.
     */
    @Transactional
    public AddedOrganisation add(long partnershipId, String name, OrganisationType type, String website,
            LocalDate joinedOn) {
        var existing = organisations.findByNameIgnoringCase(SharedFacts.tidy(name));
        if (existing.isPresent()) {
            var organisation = existing.get();
            if (participations.findByPartnershipIdAndOrganisationId(partnershipId, organisation.getId()).isPresent()) {
                throw new DuplicateRecord("name", organisation.getName() + " is already an organisation in this partnership");
            }
            if (!SharedFacts.sameDomain(organisation.getWebsite(), website)) {
                throw new DuplicateRecord("name", CANNOT_ADD_ORGANISATION);
            }
            participations.save(new PartnershipOrganisation(partnershipId, organisation.getId(), joinedOn));
            return new AddedOrganisation(organisation, true);
        }
        var organisation = organisations.saveAndFlush(new Organisation(name, type, website, partnershipId));
        participations.save(new PartnershipOrganisation(partnershipId, organisation.getId(), joinedOn));
        return new AddedOrganisation(organisation, false);
    }

    /** The same words for every refusal that could otherwise tell one partnership what another holds. */
    public static final String CANNOT_ADD_ORGANISATION = "An organisation with this name cannot be added. Check the name "
            + "and website address are exactly as the organisation uses them, or ask a system administrator";

    @Transactional
    public void update(long partnershipId, long organisationId, int expectedVersion, int expectedParticipationVersion,
            String name, OrganisationType type, String website, LocalDate joinedOn, LocalDate leftOn) {
        var current = participations.findByPartnershipIdAndOrganisationId(partnershipId, organisationId).orElseThrow();
        update(partnershipId, organisationId, expectedVersion, expectedParticipationVersion, name, type, website, joinedOn,
                leftOn, current.getSafeguardingLeadId());
    }

    /**
     * As above, also choosing the organisation's safeguarding lead (a person of this partnership, or
     * none). The dates and the lead are this partnership's own; the name, type and website are
     * shared, and only the keeping partnership may change them ({@link KeptByAnotherPartnership}).
     */
    @Transactional
    public void update(long partnershipId, long organisationId, int expectedVersion, int expectedParticipationVersion,
            String name, OrganisationType type, String website, LocalDate joinedOn, LocalDate leftOn, Long safeguardingLeadId) {
        var link = participations.findByPartnershipIdAndOrganisationId(partnershipId, organisationId).orElseThrow();
        if (safeguardingLeadId != null && people.find(partnershipId, safeguardingLeadId).isEmpty()) {
            throw new DuplicateRecord("safeguardingLead", "Select a person from this partnership as the safeguarding lead");
        }
        changeSharedFacts(organisationId, expectedVersion, SharedRecordEditor.businessUnitOf(partnershipId), name, type, website);
        link.changeDates(expectedParticipationVersion, joinedOn, leftOn);
        link.chooseSafeguardingLead(safeguardingLeadId);
        organisations.flush();
    }

    /** A system administrator corrects an organisation's shared facts, whichever partnership keeps it. */
    @Transactional
    public void correct(SharedRecordEditor administrator, long organisationId, int expectedVersion, String name,
            OrganisationType type, String website) {
        if (!administrator.systemAdministrator()) {
            throw new org.springframework.security.access.AccessDeniedException("Only system administrators correct organisations");
        }
        changeSharedFacts(organisationId, expectedVersion, administrator, name, type, website);
        organisations.flush();
    }

    private void changeSharedFacts(long organisationId, int expectedVersion, SharedRecordEditor editor, String name,
            OrganisationType type, String website) {
        var organisation = organisations.findById(organisationId).orElseThrow();
        if (editor.mayChangeFactsKeptBy(organisation.getOwnerPartnershipId())) {
            organisations.findByNameIgnoringCase(SharedFacts.tidy(name)).filter(other -> !other.getId().equals(organisationId))
                    .ifPresent(other -> {
                        throw new DuplicateRecord("name", "Another organisation in the Hub already has this name");
                    });
        }
        organisation.update(expectedVersion, editor, name, type, website);
    }

    /** Every organisation in the Hub, by name, for the system administrators. */
    public List<Organisation> all() {
        return organisations.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    public Optional<Organisation> findAnywhere(long organisationId) {
        return organisations.findById(organisationId);
    }

    /** How many partnerships each organisation serves, by organisation id, for the system administrators. */
    public java.util.Map<Long, Long> partnershipCounts() {
        return participations.findAll().stream().collect(java.util.stream.Collectors.groupingBy(
                PartnershipOrganisation::getOrganisationId, java.util.stream.Collectors.counting()));
    }

    /** The partnerships an organisation serves, for the system administrators. */
    public List<Long> partnershipsOf(long organisationId) {
        return participations.findByOrganisationId(organisationId).stream().map(PartnershipOrganisation::partnershipId).toList();
    }

    public record AddedOrganisation(Organisation organisation, boolean alreadyKnown) {
    }
}
