package org.safeguardinghub.learning;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.exports.Printer;
import org.safeguardinghub.notifications.Mailer;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning briefings: written, published (a public page and a PDF), sent to every current
 * organisation of the partnership through its agency representatives, confirmed by each
 * organisation (received, then cascaded to staff) from an emailed link or in the Hub, and chased.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Briefings {

    public enum Stage { RECEIVED, CASCADED }

    private final LearningBriefingRepository briefings;
    private final BriefingDistributionRepository distributions;
    private final BriefingLinkRepository links;
    private final Organisations organisations;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Subscriptions subscriptions;
    private final Clock clock;
    private final String baseUrl;
    private final Printer printer;

    Briefings(LearningBriefingRepository briefings, BriefingDistributionRepository distributions,
            BriefingLinkRepository links, Organisations organisations, Accounts accounts, Mailer mailer,
            Subscriptions subscriptions, Clock clock, @Value("${hub.base-url}") String baseUrl, Printer printer) {
        this.briefings = briefings;
        this.distributions = distributions;
        this.links = links;
        this.organisations = organisations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.printer = printer;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<LearningBriefing> all(long partnershipId) {
        return briefings.findByPartnershipIdOrderByIdDesc(partnershipId);
    }

    public List<LearningBriefing> published(long partnershipId) {
        return briefings.findByPartnershipIdAndPublishedOnNotNullOrderByPublishedOnDescIdDesc(partnershipId);
    }

    public Optional<LearningBriefing> find(long partnershipId, long briefingId) {
        return briefings.findByIdAndPartnershipId(briefingId, partnershipId);
    }

    /** A briefing anyone may read: published ones only. */
    public Optional<LearningBriefing> findPublished(long partnershipId, long briefingId) {
        return find(partnershipId, briefingId).filter(LearningBriefing::isPublished);
    }

    @Transactional
    public LearningBriefing write(long partnershipId, BriefingText text) {
        return briefings.saveAndFlush(new LearningBriefing(partnershipId, text));
    }

    @Transactional
    public void change(long partnershipId, long briefingId, int expectedVersion, BriefingText text) {
        find(partnershipId, briefingId).orElseThrow().change(expectedVersion, text);
        briefings.flush();
    }

    /**
     * Publishes the briefing and sends it to each organisation in the partnership today, writing to
     * its agency representatives and its safeguarding lead, each with a link to confirm for their organisation; then tells
     * the partnership's subscribers.
     */
    @Transactional
    public void publish(Partnership partnership, long briefingId, int expectedVersion, String by) {
        var briefing = find(partnership.getId(), briefingId).orElseThrow();
        briefing.publish(expectedVersion, by, today());
        briefings.flush();
        var representatives = representatives(partnership.getId());
        for (var organisation : organisations.in(partnership.getId())) {
            if (organisation.hasLeft()) {
                continue;
            }
            var id = organisation.organisation().getId();
            var to = representatives.getOrDefault(id, List.of());
            var distribution = distributions.saveAndFlush(new BriefingDistribution(briefing.getId(), partnership.getId(),
                    id, to.size(), today()));
            send(partnership, briefing, distribution, organisation.organisation().getName(), to, false);
        }
        subscriptions.announce(partnership, "learning briefing", briefing.getTitle(), publicUrl(partnership, briefing));
    }

    /** Someone a briefing is sent to for an organisation. */
    private record Recipient(String name, String email) {
    }

    /**
     * Who receives briefings for each organisation, as the structure says today: its agency
     * representatives and its safeguarding lead (once each, by email address).
     */
    private Map<Long, List<Recipient>> representatives(long partnershipId) {
        var byOrganisation = new java.util.HashMap<Long, List<Recipient>>();
        for (var rep : accounts.agencyRepresentatives(partnershipId)) {
            byOrganisation.computeIfAbsent(rep.organisationId(), k -> new java.util.ArrayList<>())
                    .add(new Recipient(rep.name(), rep.email()));
        }
        organisations.safeguardingLeads(partnershipId).forEach((organisationId, lead) -> {
            if (lead.getEmail() == null || lead.getEmail().isBlank()) {
                return;
            }
            var list = byOrganisation.computeIfAbsent(organisationId, k -> new java.util.ArrayList<>());
            if (list.stream().noneMatch(r -> r.email().equalsIgnoreCase(lead.getEmail()))) {
                list.add(new Recipient(lead.getFullName(), lead.getEmail()));
            }
        });
        return byOrganisation;
    }

    private void send(Partnership partnership, LearningBriefing briefing, BriefingDistribution distribution,
            String organisationName, List<Recipient> to, boolean chasing) {
        for (var person : to) {
            var token = Tokens.newToken();
            links.save(new BriefingLink(Tokens.hash(token), distribution.getId(), clock.instant()));
            var subject = (chasing ? "Reminder: please confirm the learning briefing: " : "New learning briefing: ")
                    + briefing.getTitle();
            mailer.send(person.email(), subject, """
                    Hello %s,

                    %s has published a learning briefing: %s

                    Read it here: %s

                    %s
                    Please confirm for %s that you have received it, and then that you have shared it with your staff:
                    %s/briefing-confirmations/%s

                    You can also confirm in the Hub: %s/p/%s/learning/briefings/%d
                    """.formatted(person.name(), partnership.getName(), briefing.getTitle(), publicUrl(partnership, briefing),
                    chasing ? "We have not yet heard that it has reached your staff." : "", organisationName, baseUrl, token,
                    baseUrl, partnership.getSlug(), briefing.getId()));
        }
        links.flush();
    }

    String publicUrl(Partnership partnership, LearningBriefing briefing) {
        return baseUrl + "/public/" + partnership.getSlug() + "/briefings/" + briefing.getId();
    }

    /** Who the briefing went to, organisation by organisation, and what each has confirmed. */
    public List<DistributionRow> distribution(long partnershipId, long briefingId) {
        var names = organisations.in(partnershipId).stream()
                .collect(Collectors.toMap(o -> o.organisation().getId(), o -> o.organisation().getName()));
        return distributions.findByBriefingIdOrderById(briefingId).stream()
                .map(d -> new DistributionRow(d, names.getOrDefault(d.getOrganisationId(), "An organisation that has left")))
                .sorted(java.util.Comparator.comparing(DistributionRow::organisationName)).toList();
    }

    /** The organisations this user may confirm a briefing for: their own as agency representative; any, for the business unit. */
    public boolean mayConfirm(CurrentUser user, long partnershipId, long organisationId) {
        return user.hasAnyRole(partnershipId, Role.BUSINESS_UNIT) || user.roles().stream()
                .anyMatch(r -> r.partnershipId() == partnershipId && r.role() == Role.AGENCY_REPRESENTATIVE
                        && Long.valueOf(organisationId).equals(r.organisationId()));
    }

    @Transactional
    public void confirm(CurrentUser user, long partnershipId, long briefingId, long organisationId, Stage stage) {
        find(partnershipId, briefingId).filter(LearningBriefing::isPublished)
                .orElseThrow(() -> new Refused(null, "Only a published briefing can be confirmed"));
        if (!mayConfirm(user, partnershipId, organisationId)) {
            throw new Refused(null, "Only the organisation's agency representatives can confirm for it");
        }
        var distribution = distributions.findByBriefingIdAndOrganisationId(briefingId, organisationId)
                .orElseThrow(() -> new Refused(null, "The briefing was not sent to that organisation"));
        confirm(distribution, user.displayName(), stage);
    }

    private void confirm(BriefingDistribution distribution, String by, Stage stage) {
        if (stage == Stage.RECEIVED) {
            distribution.confirmReceipt(by, today());
        } else {
            distribution.confirmCascade(by, today());
        }
        distributions.flush();
    }

    /** What an emailed link is for: the briefing and the organisation it confirms. */
    public Optional<LinkedDistribution> byLink(String token) {
        return links.findById(Tokens.hash(token)).flatMap(link -> distributions.findById(link.getDistributionId()))
                .flatMap(d -> briefings.findById(d.getBriefingId()).map(b -> new LinkedDistribution(b,
                        new DistributionRow(d, organisations.find(d.partnershipId(), d.getOrganisationId())
                                .map(o -> o.organisation().getName()).orElse("your organisation")))));
    }

    public record LinkedDistribution(LearningBriefing briefing, DistributionRow row) {
    }

    @Transactional
    public void confirmByLink(String token, Stage stage) {
        var linked = byLink(token).orElseThrow();
        confirm(distributions.findById(linked.row().distribution().getId()).orElseThrow(), "Emailed link", stage);
    }

    /**
     * Writes again to every organisation that has not confirmed the cascade, with fresh links, to
     * its agency representatives and safeguarding lead as they are today. Answers how many organisations were chased.
     */
    @Transactional
    public int chase(Partnership partnership, long briefingId) {
        var briefing = find(partnership.getId(), briefingId).filter(LearningBriefing::isPublished)
                .orElseThrow(() -> new Refused(null, "Only a published briefing can be chased"));
        var representatives = representatives(partnership.getId());
        var chased = 0;
        for (var row : distribution(partnership.getId(), briefingId)) {
            var d = row.distribution();
            var to = representatives.getOrDefault(d.getOrganisationId(), List.of());
            if (d.getCascadedOn() != null || to.isEmpty()) {
                continue;
            }
            d.chased(today(), to.size());
            send(partnership, briefing, d, row.organisationName(), to, true);
            chased++;
        }
        distributions.flush();
        return chased;
    }

    /** The briefing as a PDF, for printing and for the partnership's website. */
    public byte[] pdf(Partnership partnership, LearningBriefing briefing) {
        return printer.pdf("print/briefing", Map.of("partnership", partnership, "briefing", briefing,
                "publicUrl", publicUrl(partnership, briefing)));
    }

}
