package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.Optional;
import org.safeguardinghub.rules.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serious incident notifications: the local authority tells the national Panel (and Ofsted and the
 * partners) within the notification clock of becoming aware; a notification may start from a
 * referral the business unit accepted as a serious incident.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class IncidentNotifications {

    private final IncidentNotificationRepository notifications;
    private final CaseReferrals referrals;
    private final StatutoryClocks clocks;

    IncidentNotifications(IncidentNotificationRepository notifications, CaseReferrals referrals, StatutoryClocks clocks) {
        this.notifications = notifications;
        this.referrals = referrals;
        this.clocks = clocks;
    }

    @Transactional
    public IncidentNotification notify(long partnershipId, Long referralId, ChildRecord child, String incident,
            LocalDate becameAwareOn, NotificationDates dates, String by) {
        if (referralId != null) {
            var referral = referrals.find(partnershipId, referralId)
                    .orElseThrow(() -> new Refused(null, "That referral is not one of this partnership's"));
            if (referral.getOutcome() != TriageOutcome.ACCEPTED_SERIOUS_INCIDENT) {
                throw new Refused(null, "Only a referral accepted as a serious incident can be notified");
            }
            if (notifications.findByReferralId(referralId).isPresent()) {
                throw new Refused(null, "This referral has already been notified");
            }
        }
        return notifications.saveAndFlush(new IncidentNotification(partnershipId, referralId, child, incident,
                becameAwareOn, dates, clocks.today(), by));
    }

    public Optional<IncidentNotification> find(long partnershipId, long id) {
        return notifications.findByIdAndPartnershipId(id, partnershipId);
    }

    Optional<IncidentNotification> ofReferral(long referralId) {
        return notifications.findByReferralId(referralId);
    }

    @Transactional
    public void recordDates(long partnershipId, long notificationId, int expectedVersion, NotificationDates dates) {
        find(partnershipId, notificationId).orElseThrow().recordDates(expectedVersion, dates, clocks.today());
        notifications.flush();
    }

    /** The child a notification is about: its case reference must never travel beyond the review's records. */
    ChildRecord child(long partnershipId, long notificationId) {
        return find(partnershipId, notificationId).orElseThrow().child();
    }
}
