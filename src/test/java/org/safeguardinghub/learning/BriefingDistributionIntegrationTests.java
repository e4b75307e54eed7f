package org.safeguardinghub.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.TestSmtp;
import org.safeguardinghub.partnership.DuplicateRecord;
import org.safeguardinghub.partnership.OrganisationType;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Briefings go to each organisation's agency representatives and its safeguarding lead, as the
 * structure says on the day: change the lead and the next chaser goes to the new one.
 */
@HubIntegrationTest
class BriefingDistributionIntegrationTests {

    @Autowired
    Briefings briefings;
    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    Partnerships partnerships;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    private void chooseLead(long partnershipId, long organisationId, Long personId) {
        var current = organisations.find(partnershipId, organisationId).orElseThrow();
        organisations.update(partnershipId, organisationId, current.organisation().getVersion(), current.participation().getVersion(),
                current.organisation().getName(), current.organisation().getType(), null, current.participation().getJoinedOn(),
                null, personId);
    }

    @Test
    void theSafeguardingLeadReceivesTheBriefingAndTheChaserGoesToWhoeverIsLeadThatDay() {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow();
        var staffordshire = partnerships.bySlug("staffordshire").orElseThrow();
        var organisation = organisations.add(shropshire.getId(), "Family Support Charity " + unique, OrganisationType.VOLUNTARY,
                null, LocalDate.now().minusYears(1)).organisation();
        var first = people.add(shropshire.getId(), "Asha", "Lead" + unique, "asha." + unique + "@example.org", "Safeguarding Lead");
        var second = people.add(shropshire.getId(), "Ben", "Lead" + unique, "ben." + unique + "@example.org", "Safeguarding Lead");
        var elsewhere = people.add(staffordshire.getId(), "Cara", "Lead" + unique, "cara." + unique + "@example.org", "Lead");

        assertThatThrownBy(() -> chooseLead(shropshire.getId(), organisation.getId(), elsewhere.getId()))
                .isInstanceOf(DuplicateRecord.class).hasMessageContaining("Select a person from this partnership");
        chooseLead(shropshire.getId(), organisation.getId(), first.getId());

        var title = "Briefing " + unique;
        var briefing = briefings.write(shropshire.getId(), new BriefingText(title, "Background", "Learning", "Why", "- Do this",
                "- Reflect", null));
        briefings.publish(shropshire, briefing.getId(), briefing.getVersion(), "business.unit");
        var sent = TestSmtp.receivedBy(first.getEmail(), s -> s.equals("New learning briefing: " + title));
        assertThat(sent).hasSize(1);
        assertThat(TestSmtp.body(sent.getFirst())).contains("/briefing-confirmations/", "for Family Support Charity " + unique);
        var row = briefings.distribution(shropshire.getId(), briefing.getId()).stream()
                .filter(r -> r.distribution().getOrganisationId().equals(organisation.getId())).findFirst().orElseThrow();
        assertThat(row.distribution().getRecipients()).isEqualTo(1);

        chooseLead(shropshire.getId(), organisation.getId(), second.getId());
        briefings.chase(shropshire, briefing.getId());
        assertThat(TestSmtp.receivedBy(second.getEmail(), s -> s.startsWith("Reminder: please confirm the learning briefing: " + title)))
                .hasSize(1);
        assertThat(TestSmtp.receivedBy(first.getEmail(), s -> s.startsWith("Reminder"))).isEmpty();
    }
}
