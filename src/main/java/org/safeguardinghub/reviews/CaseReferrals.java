package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases any partner refers because they may meet the criteria for a review, and the business unit's triage of them. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class CaseReferrals {

    private final CaseReferralRepository referrals;
    private final StatutoryClocks clocks;

    CaseReferrals(CaseReferralRepository referrals, StatutoryClocks clocks) {
        this.referrals = referrals;
        this.clocks = clocks;
    }

    @Transactional
    public CaseReferral refer(long partnershipId, ChildRecord child, String whatHappened, String agenciesInvolved,
            String whyCriteria, SuggestedRoute route, String by) {
        return referrals.saveAndFlush(new CaseReferral(partnershipId, clocks.today(), by, child, whatHappened,
                agenciesInvolved, whyCriteria, route));
    }

    public Optional<CaseReferral> find(long partnershipId, long id) {
        return referrals.findByIdAndPartnershipId(id, partnershipId);
    }

    /** Every referral, most recent first: those waiting for triage and the record of what was decided. */
    List<CaseReferral> all(long partnershipId) {
        return referrals.findByPartnershipIdOrderByReferredOnDescIdDesc(partnershipId);
    }

    @Transactional
    public void triage(long partnershipId, long referralId, int expectedVersion, TriageOutcome outcome, String reasons,
            String by) {
        find(partnershipId, referralId).orElseThrow().triage(expectedVersion, outcome, reasons, clocks.today(), by);
        referrals.flush();
    }
}
