package org.safeguardinghub.scrutiny;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Visibilities;
import org.safeguardinghub.access.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenge log. Timescales: a response is due {@code hub.challenges.response-days} (28) days
 * after a challenge is raised, and {@code hub.challenges.escalation-days} (14) days after each
 * escalation. Themes are free text until the learning themes register exists.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ChallengeLog {

    private final ChallengeRepository challenges;
    private final ChallengeStepRepository steps;
    private final Organisations organisations;
    private final PartnershipStructure structure;
    private final Visibilities visibilities;
    private final Clock clock;
    private final int responseDays;
    private final int escalationDays;

    ChallengeLog(ChallengeRepository challenges, ChallengeStepRepository steps, Organisations organisations,
            PartnershipStructure structure, Visibilities visibilities, Clock clock, @Value("${hub.challenges.response-days:28}") int responseDays,
            @Value("${hub.challenges.escalation-days:14}") int escalationDays) {
        this.challenges = challenges;
        this.steps = steps;
        this.organisations = organisations;
        this.structure = structure;
        this.visibilities = visibilities;
        this.clock = clock;
        this.responseDays = responseDays;
        this.escalationDays = escalationDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int responseDays() {
        return responseDays;
    }

    public Optional<Challenge> find(long partnershipId, long challengeId) {
        return challenges.findByIdAndPartnershipId(challengeId, partnershipId);
    }

    /** A challenge as this user may see it: one put to a group they cannot see does not exist for them. */
    public Optional<Challenge> find(CurrentUser user, long partnershipId, long challengeId) {
        var visibility = visibilities.of(user, partnershipId);
        return find(partnershipId, challengeId).filter(c -> visibility.seesGroup(c.getToGroupId()));
    }

    /** The log as this user may see it: challenges put to groups they cannot see are left out, with the groups' names. */
    public List<ChallengeRow> all(CurrentUser user, long partnershipId) {
        var visibility = visibilities.of(user, partnershipId);
        return all(partnershipId).stream().filter(r -> visibility.seesGroup(r.challenge().getToGroupId())).toList();
    }

    /**
     * Challenges are put to organisations and to groups whose business the whole partnership may
     * read; a confidential group is challenged through the business unit or the chair, not the log
     * everyone reads.
     */
    public boolean mayBeChallenged(Group group) {
        return !group.isConfidential();
    }

    /** Every challenge of the partnership, for summaries that leave out confidential groups themselves. */
    public List<ChallengeRow> all(long partnershipId) {
        var organisationNames = organisations.in(partnershipId).stream().map(OrganisationInPartnership::organisation)
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        var groupNames = structure.groups(partnershipId).stream().collect(Collectors.toMap(Group::getId, Group::getName));
        return challenges.findByPartnershipIdOrderByRaisedOnDescIdDesc(partnershipId).stream()
                .map(c -> new ChallengeRow(c, c.getToOrganisationId() != null
                        ? organisationNames.getOrDefault(c.getToOrganisationId(), "A former organisation")
                        : groupNames.getOrDefault(c.getToGroupId(), "A former group")))
                .toList();
    }

    @Transactional
    public Challenge raise(long partnershipId, RaisedBy raisedBy, Long toOrganisationId, Long toGroupId, LocalDate raisedOn,
            String theme, String question, LocalDate responseDueOn, String by) {
        if (toOrganisationId != null && organisations.find(partnershipId, toOrganisationId).isEmpty()) {
            throw new Refused("to", "Select an organisation of this partnership");
        }
        if (toGroupId != null && structure.group(partnershipId, toGroupId).filter(this::mayBeChallenged).isEmpty()) {
            throw new Refused("to", "Select an organisation or a group from the list");
        }
        var raised = raisedOn == null ? today() : raisedOn;
        var challenge = challenges.saveAndFlush(new Challenge(partnershipId, raisedBy, toOrganisationId, toGroupId, raised,
                theme, question, responseDueOn == null ? raised.plusDays(responseDays) : responseDueOn));
        steps.save(new ChallengeStep(partnershipId, challenge.getId(), raised, "Raised by " + raisedBy.label().toLowerCase()
                + "; response due " + Dates.DAY.format(challenge.getResponseDueOn()), by));
        return challenge;
    }

    @Transactional
    public void recordResponse(long partnershipId, long challengeId, int expectedVersion, String response,
            LocalDate receivedOn, String by) {
        var challenge = find(partnershipId, challengeId).orElseThrow();
        challenge.recordResponse(expectedVersion, response, receivedOn == null ? today() : receivedOn);
        challenges.flush();
        steps.save(new ChallengeStep(partnershipId, challengeId, challenge.getResponseReceivedOn(), "Response received", by));
    }

    @Transactional
    public void escalate(long partnershipId, long challengeId, int expectedVersion, String by) {
        var challenge = find(partnershipId, challengeId).orElseThrow();
        challenge.escalate(expectedVersion, today(), escalationDays);
        challenges.flush();
        steps.save(new ChallengeStep(partnershipId, challengeId, today(), "Escalated. " + challenge.getStageName()
                + "; response due " + Dates.DAY.format(challenge.getResponseDueOn()), by));
    }

    @Transactional
    public void close(long partnershipId, long challengeId, int expectedVersion, String outcome, String impact, String by) {
        var challenge = find(partnershipId, challengeId).orElseThrow();
        challenge.close(expectedVersion, outcome, impact, today());
        challenges.flush();
        steps.save(new ChallengeStep(partnershipId, challengeId, today(), "Closed with its outcome and impact", by));
    }

    public List<ChallengeStep> steps(long challengeId) {
        return steps.findByChallengeIdOrderByIdAsc(challengeId);
    }

    /** How many challenges, open and overdue, by a key (the organisation or group they were put to, or the theme). */
    public Map<String, long[]> summary(List<ChallengeRow> rows, java.util.function.Function<ChallengeRow, String> key) {
        var today = today();
        var summary = new TreeMap<String, long[]>(String.CASE_INSENSITIVE_ORDER);
        for (var row : rows) {
            var counts = summary.computeIfAbsent(key.apply(row), k -> new long[3]);
            counts[0]++;
            if (row.challenge().getClosedOn() == null) {
                counts[1]++;
            }
            if (row.challenge().isOverdue(today)) {
                counts[2]++;
            }
        }
        return summary;
    }
}
