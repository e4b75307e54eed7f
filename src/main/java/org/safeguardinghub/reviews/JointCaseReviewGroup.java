package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import java.util.Optional;
import org.safeguardinghub.partnership.CaseReviewGroups;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.rules.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confidential group a partnership has chosen as its joint case review group: it meets for rapid
 * reviews, owns their safety actions and local reviews' findings, and its members read case reviews
 * (this tells the partnership's visibility rule which group it is).
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class JointCaseReviewGroup implements CaseReviewGroups {

    static final String CHOOSE_FIRST = "Choose the partnership's joint case review group first, on the case review settings page";

    private final CaseReviewSettingRepository settings;
    private final PartnershipStructure structure;

    JointCaseReviewGroup(CaseReviewSettingRepository settings, PartnershipStructure structure) {
        this.settings = settings;
        this.structure = structure;
    }

    @Override
    public Optional<Long> of(long partnershipId) {
        return settings.findById(partnershipId).map(CaseReviewSetting::getReviewGroupId);
    }

    Optional<Group> group(long partnershipId) {
        return settings.findById(partnershipId).flatMap(s -> structure.group(partnershipId, s.getReviewGroupId()));
    }

    Optional<CaseReviewSetting> setting(long partnershipId) {
        return settings.findById(partnershipId);
    }

    @Transactional
    public void choose(long partnershipId, Long groupId, int expectedVersion) {
        var group = groupId == null ? null : structure.group(partnershipId, groupId).orElse(null);
        if (group == null) {
            throw new Refused("reviewGroup", "Select the joint case review group");
        }
        if (!group.isConfidential()) {
            throw new Refused("reviewGroup", "Select a confidential group. Case review records must not be seen by other groups");
        }
        var existing = settings.findById(partnershipId);
        if (existing.isPresent()) {
            existing.get().change(expectedVersion, groupId);
        } else {
            settings.save(new CaseReviewSetting(partnershipId, groupId));
        }
        settings.flush();
    }
}
