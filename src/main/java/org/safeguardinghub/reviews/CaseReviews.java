package org.safeguardinghub.reviews;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.actions.ActionSource;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.actions.RaiseAction;
import org.safeguardinghub.actions.TrackedAction;
import org.safeguardinghub.calendar.BankHolidays;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingDiary;
import org.safeguardinghub.notifications.Mailer;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Visibilities;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.UploadedDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's case reviews. Clocks count working days in England ({@link BankHolidays}): the
 * national Panel is notified within {@code hub.reviews.notification-working-days} (5) of the local
 * authority becoming aware, and a rapid review runs {@code hub.reviews.rapid-review-working-days}
 * (15) from the notification. Case review records are seen only by the business unit, chairs (the
 * independent chair and scrutineers), lead and delegated partners, and the current members of the
 * group the partnership has chosen as its joint case review group ({@link #mayRead}). Emails about
 * them name no child: not the case reference, not the pseudonym.
 */
@Service
@Transactional(readOnly = true)
public class CaseReviews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final CaseReviewSettingRepository settings;
    private final Visibilities visibilities;
    private final CaseReferralRepository referrals;
    private final IncidentNotificationRepository notifications;
    private final RapidReviewRepository rapidReviews;
    private final InformationRequestRepository requests;
    private final PartnershipStructure structure;
    private final Organisations organisations;
    private final Partnerships partnerships;
    private final Accounts accounts;
    private final Mailer mailer;
    private final ActionTracker tracker;
    private final MeetingDiary meetings;
    private final BankHolidays holidays;
    private final Clock clock;
    private final int notificationDays;
    private final int rapidReviewDays;
    private final int amberDays;
    private final String baseUrl;

    CaseReviews(CaseReviewSettingRepository settings, CaseReferralRepository referrals,
            IncidentNotificationRepository notifications, RapidReviewRepository rapidReviews,
            InformationRequestRepository requests, PartnershipStructure structure, Visibilities visibilities,
            Organisations organisations,
            Partnerships partnerships, Accounts accounts, Mailer mailer, ActionTracker tracker, MeetingDiary meetings,
            BankHolidays holidays, Clock clock,
            @Value("${hub.reviews.notification-working-days:5}") int notificationDays,
            @Value("${hub.reviews.rapid-review-working-days:15}") int rapidReviewDays,
            @Value("${hub.reviews.amber-working-days:3}") int amberDays,
            @Value("${hub.base-url}") String baseUrl) {
        this.settings = settings;
        this.referrals = referrals;
        this.notifications = notifications;
        this.rapidReviews = rapidReviews;
        this.requests = requests;
        this.structure = structure;
        this.visibilities = visibilities;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.mailer = mailer;
        this.tracker = tracker;
        this.meetings = meetings;
        this.holidays = holidays;
        this.clock = clock;
        this.notificationDays = notificationDays;
        this.rapidReviewDays = rapidReviewDays;
        this.amberDays = amberDays;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String format(LocalDate date) {
        return DAY.format(date);
    }

    public WorkingDays workingDays() {
        return holidays.workingDays();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int rapidReviewDays() {
        return rapidReviewDays;
    }

    public int notificationDays() {
        return notificationDays;
    }

    // Who may see and do what

    public Optional<Group> reviewGroup(long partnershipId) {
        return settings.findById(partnershipId).flatMap(s -> structure.group(partnershipId, s.getReviewGroupId()));
    }

    public Optional<CaseReviewSetting> setting(long partnershipId) {
        return settings.findById(partnershipId);
    }

    /** Whether this user reads case review records ({@link org.safeguardinghub.access.Visibility#readsCaseReviews}). */
    public boolean mayRead(CurrentUser user, long partnershipId) {
        return visibilities.of(user, partnershipId).readsCaseReviews();
    }

    /** Anyone with a role in the partnership except read-only may refer a case. */
    public boolean mayRefer(CurrentUser user, long partnershipId) {
        return user.hasAnyRole(partnershipId, Role.BUSINESS_UNIT, Role.CHAIR, Role.PARTNER, Role.AGENCY_REPRESENTATIVE,
                Role.GROUP_MEMBER);
    }

    /** The business unit, and the agency representatives of the organisation the request is to. */
    public boolean mayAnswer(CurrentUser user, long partnershipId, long requestId) {
        if (user.hasAnyRole(partnershipId, Role.BUSINESS_UNIT)) {
            return true;
        }
        return requests.findByIdAndPartnershipId(requestId, partnershipId)
                .map(r -> user.roles().stream().anyMatch(role -> role.partnershipId() == partnershipId
                        && role.role() == Role.AGENCY_REPRESENTATIVE && r.getOrganisationId().equals(role.organisationId())))
                .orElse(false);
    }

    @Transactional
    public void chooseReviewGroup(long partnershipId, Long groupId, int expectedVersion) {
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

    // Referrals

    @Transactional
    public CaseReferral refer(long partnershipId, ChildRecord child, String whatHappened, String agenciesInvolved,
            String whyCriteria, SuggestedRoute route, String by) {
        return referrals.saveAndFlush(new CaseReferral(partnershipId, today(), by, child, whatHappened, agenciesInvolved,
                whyCriteria, route));
    }

    public Optional<CaseReferral> referral(long partnershipId, long id) {
        return referrals.findByIdAndPartnershipId(id, partnershipId);
    }

    @Transactional
    public void triage(long partnershipId, long referralId, int expectedVersion, TriageOutcome outcome, String reasons,
            String by) {
        referral(partnershipId, referralId).orElseThrow().triage(expectedVersion, outcome, reasons, today(), by);
        referrals.flush();
    }

    // Notifications

    @Transactional
    public IncidentNotification notify(long partnershipId, Long referralId, ChildRecord child, String incident,
            LocalDate becameAwareOn, NotificationDates dates, String by) {
        if (referralId != null) {
            var referral = referral(partnershipId, referralId)
                    .orElseThrow(() -> new Refused(null, "That referral is not one of this partnership's"));
            if (referral.getOutcome() != TriageOutcome.ACCEPTED_SERIOUS_INCIDENT) {
                throw new Refused(null, "Only a referral accepted as a serious incident can be notified");
            }
            if (notifications.findByReferralId(referralId).isPresent()) {
                throw new Refused(null, "This referral has already been notified");
            }
        }
        return notifications.saveAndFlush(new IncidentNotification(partnershipId, referralId, child, incident,
                becameAwareOn, dates, today(), by));
    }

    public Optional<IncidentNotification> notification(long partnershipId, long id) {
        return notifications.findByIdAndPartnershipId(id, partnershipId);
    }

    public Optional<IncidentNotification> notificationOfReferral(long referralId) {
        return notifications.findByReferralId(referralId);
    }

    @Transactional
    public void recordDates(long partnershipId, long notificationId, int expectedVersion, NotificationDates dates) {
        notification(partnershipId, notificationId).orElseThrow().recordDates(expectedVersion, dates, today());
        notifications.flush();
    }

    /** The day the national Panel must be notified by. */
    public LocalDate panelNotificationDue(IncidentNotification notification) {
        return holidays.workingDays().plus(notification.getBecameAwareOn(), notificationDays);
    }

    // Rapid reviews

    @Transactional
    public RapidReview startRapidReview(long partnershipId, long notificationId) {
        var notification = notification(partnershipId, notificationId).orElseThrow();
        if (notification.getPanelNotifiedOn() == null) {
            throw new Refused(null, "Record the date the national Panel was notified first: the rapid review runs from the notification");
        }
        if (rapidReviews.findByNotificationId(notificationId).isPresent()) {
            throw new Refused(null, "The rapid review has already started");
        }
        return rapidReviews.saveAndFlush(new RapidReview(partnershipId, notificationId, notification.getPanelNotifiedOn()));
    }

    public Optional<RapidReview> rapidReview(long partnershipId, long id) {
        return rapidReviews.findByIdAndPartnershipId(id, partnershipId);
    }

    public Optional<RapidReview> rapidReviewOf(long notificationId) {
        return rapidReviews.findByNotificationId(notificationId);
    }

    /** The day the rapid review must be completed by. */
    public LocalDate rapidReviewDue(RapidReview review) {
        return holidays.workingDays().plus(review.getStartedOn(), rapidReviewDays);
    }

    public Deadline deadline(String what, LocalDate dueOn) {
        return deadline(holidays.workingDays(), what, dueOn);
    }

    Deadline deadline(WorkingDays days, String what, LocalDate dueOn) {
        return new Deadline(what, dueOn, days.between(today(), dueOn), amberDays);
    }

    @Transactional
    public InformationRequest requestInformation(long partnershipId, long rapidReviewId, Long organisationId,
            LocalDate dueOn) {
        var review = rapidReview(partnershipId, rapidReviewId).orElseThrow();
        if (organisationId == null || organisations.find(partnershipId, organisationId).isEmpty()) {
            throw new Refused("organisation", "Select an agency of this partnership");
        }
        if (requests.existsByRapidReviewIdAndOrganisationId(rapidReviewId, organisationId)) {
            throw new Refused("organisation", "This agency has already been asked for information for this rapid review");
        }
        var request = requests.saveAndFlush(new InformationRequest(partnershipId, review.getId(), organisationId, today(),
                dueOn == null ? holidays.workingDays().plus(today(), 5) : dueOn));
        write(partnershipId, request, "Information requested for a rapid review, due " + DAY.format(request.getDueOn()),
                "has asked %s for information for a rapid review. Please submit it by %s");
        return request;
    }

    public List<InformationRequest> requestsOf(long rapidReviewId) {
        return requests.findByRapidReviewIdOrderByIdAsc(rapidReviewId);
    }

    public Optional<InformationRequest> request(long partnershipId, long requestId) {
        return requests.findByIdAndPartnershipId(requestId, partnershipId);
    }

    @Transactional
    public void submit(long partnershipId, long requestId, int expectedVersion, String involvement, String analysis,
            String learning, UploadedDocument chronology, String by) {
        request(partnershipId, requestId).orElseThrow()
                .submit(expectedVersion, involvement, analysis, learning, chronology, today(), by);
        requests.flush();
    }

    /** Reminds the agency's representatives by email; returns how many were written to. */
    @Transactional
    public int chase(long partnershipId, long requestId, int expectedVersion) {
        var request = request(partnershipId, requestId).orElseThrow();
        if (request.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(InformationRequest.class, requestId);
        }
        request.chase(today());
        requests.flush();
        return write(partnershipId, request, "Reminder: information for a rapid review is due " + DAY.format(request.getDueOn()),
                "is still waiting for information for a rapid review from %s. It is due by %s");
    }

    /** Emails the organisation's agency representatives about a request, naming no child. */
    private int write(long partnershipId, InformationRequest request, String subject, String sentence) {
        var partnership = partnerships.withIds(Set.of(partnershipId)).getFirst();
        var organisation = organisations.find(partnershipId, request.getOrganisationId()).orElseThrow().organisation().getName();
        var link = baseUrl + "/p/" + partnership.getSlug() + "/case-reviews/information-requests/" + request.getId();
        var sent = 0;
        for (var representative : accounts.agencyRepresentatives(partnershipId)) {
            if (representative.organisationId() != request.getOrganisationId()) {
                continue;
            }
            mailer.send(representative.email(), subject, "Dear " + representative.name() + ",\n\n"
                    + partnership.getName() + " " + String.format(sentence, organisation, DAY.format(request.getDueOn()))
                    + ".\n\nSign in to see what is asked and to submit it:\n" + link
                    + "\n\nThis email does not say which child the review is about. Please do not reply with case details.\n");
            sent++;
        }
        return sent;
    }

    public List<Meeting> reviewGroupMeetings(long partnershipId) {
        return reviewGroup(partnershipId).map(g -> meetings.ofGroup(g.getId())).orElse(List.of());
    }

    public Optional<Meeting> meeting(long partnershipId, RapidReview review) {
        return review.getMeetingId() == null ? Optional.empty() : meetings.find(partnershipId, review.getMeetingId());
    }

    @Transactional
    public void linkMeeting(long partnershipId, long rapidReviewId, int expectedVersion, Long meetingId) {
        var group = reviewGroup(partnershipId).orElseThrow(() -> new Refused("meeting",
                "Choose the partnership's joint case review group first, on the case review settings page"));
        var meeting = meetingId == null ? null : meetings.find(partnershipId, meetingId).orElse(null);
        if (meeting == null || !meeting.getGroupId().equals(group.getId())) {
            throw new Refused("meeting", "Select a meeting of the " + group.getName());
        }
        rapidReview(partnershipId, rapidReviewId).orElseThrow().linkMeeting(expectedVersion, meetingId);
        rapidReviews.flush();
    }

    /** An immediate safety action on the tracker: confidential, in the joint case review group, owned by an agency. */
    @Transactional
    public void raiseSafetyAction(long partnershipId, long rapidReviewId, String description, Long organisationId,
            LocalDate dueOn, String by) {
        var review = rapidReview(partnershipId, rapidReviewId).orElseThrow();
        var group = reviewGroup(partnershipId).orElseThrow(() -> new Refused("description",
                "Choose the partnership's joint case review group first, on the case review settings page"));
        if (description == null || description.isBlank()) {
            throw new Refused("description", "Enter the immediate safety action");
        }
        var caseReference = notification(partnershipId, review.getNotificationId()).orElseThrow().child().caseReference();
        if (description.toLowerCase().contains(caseReference.strip().toLowerCase())) {
            throw new Refused("description", "Take out the case reference: the action is on the tracker, so it must not identify the child");
        }
        if (organisationId == null) {
            throw new Refused("owner", "Select the agency that owns the action");
        }
        try {
            tracker.raise(new RaiseAction(partnershipId, group.getId(), description.strip(), Set.of(), Set.of(organisationId),
                    false, dueOn, new ActionSource(ActionSource.Type.CASE_REVIEW, review.getId(),
                            "Rapid review " + review.getReference()), by, true));
        } catch (Refused refused) {
            throw new Refused("owner", refused.getMessage());
        }
    }

    public List<TrackedAction> safetyActions(long partnershipId, long rapidReviewId) {
        return tracker.raisedFrom(partnershipId, ActionSource.Type.CASE_REVIEW, List.of(rapidReviewId));
    }

    @Transactional
    public void recommend(long partnershipId, long rapidReviewId, int expectedVersion, ReviewRoute route, String reasons) {
        rapidReview(partnershipId, rapidReviewId).orElseThrow().recommend(expectedVersion, route, reasons, today());
        rapidReviews.flush();
    }

    @Transactional
    public void scrutinise(long partnershipId, long rapidReviewId, int expectedVersion, String scrutiny, String by) {
        rapidReview(partnershipId, rapidReviewId).orElseThrow().scrutinise(expectedVersion, scrutiny, today(), by);
        rapidReviews.flush();
    }

    @Transactional
    public void decide(long partnershipId, long rapidReviewId, int expectedVersion, ReviewRoute route, String reasons) {
        rapidReview(partnershipId, rapidReviewId).orElseThrow().decide(expectedVersion, route, reasons, today());
        rapidReviews.flush();
    }

    @Transactional
    public void sendToPanel(long partnershipId, long rapidReviewId, int expectedVersion, LocalDate on) {
        if (on != null && on.isAfter(today())) {
            throw new Refused("sentToPanelOn", "The date the rapid review was sent must be today or in the past");
        }
        rapidReview(partnershipId, rapidReviewId).orElseThrow().sendToPanel(expectedVersion, on);
        rapidReviews.flush();
    }

    @Transactional
    public void recordPanelResponse(long partnershipId, long rapidReviewId, int expectedVersion, String response,
            LocalDate on) {
        if (on != null && on.isAfter(today())) {
            throw new Refused("panelRespondedOn", "The date of the Panel's response must be today or in the past");
        }
        rapidReview(partnershipId, rapidReviewId).orElseThrow().recordPanelResponse(expectedVersion, response, on);
        rapidReviews.flush();
    }

    // The dashboard

    /** Every open referral, notification and rapid review with its next deadline; overdue first, then the nearest. */
    public List<CaseReviewRow> dashboard(long partnershipId, String slug) {
        return dashboard(partnershipId, slug, holidays.workingDays(), referrals(partnershipId));
    }

    /** As above, with the working-day calendar and the partnership's referrals already read. */
    List<CaseReviewRow> dashboard(long partnershipId, String slug, WorkingDays days, List<CaseReferral> allReferrals) {
        var base = "/p/" + slug + "/case-reviews";
        var rows = new ArrayList<CaseReviewRow>();
        for (var referral : allReferrals) {
            if (referral.getOutcome() == null) {
                rows.add(new CaseReviewRow("Referral", referral.getReference(), base + "/referrals/" + referral.getId(),
                        referral.child().label(), "Waiting for triage", null));
            }
        }
        var reviewsByNotification = new java.util.HashMap<Long, RapidReview>();
        rapidReviews.findByPartnershipId(partnershipId).forEach(r -> reviewsByNotification.put(r.getNotificationId(), r));
        var openRequests = new java.util.HashMap<Long, List<InformationRequest>>();
        requests.findByPartnershipIdAndSubmittedOnIsNull(partnershipId).stream()
                .forEach(r -> openRequests.computeIfAbsent(r.getRapidReviewId(), k -> new ArrayList<>()).add(r));
        for (var notification : notifications.findByPartnershipIdOrderByBecameAwareOnDescIdDesc(partnershipId)) {
            var child = notification.child().label();
            var review = reviewsByNotification.get(notification.getId());
            if (notification.getPanelNotifiedOn() == null) {
                rows.add(new CaseReviewRow("Serious incident notification", notification.getReference(),
                        base + "/notifications/" + notification.getId(), child, "National Panel not yet notified",
                        deadline(days, "Notify the national Panel",
                                days.plus(notification.getBecameAwareOn(), notificationDays))));
            } else if (review == null) {
                rows.add(new CaseReviewRow("Serious incident notification", notification.getReference(),
                        base + "/notifications/" + notification.getId(), child, "Notified; rapid review not started",
                        deadline(days, "Complete the rapid review", days.plus(notification.getPanelNotifiedOn(), rapidReviewDays))));
            } else if (review.isOpen()) {
                Deadline next = null;
                if (review.getSentToPanelOn() == null) {
                    next = deadline(days, "Complete the rapid review", days.plus(review.getStartedOn(), rapidReviewDays));
                    for (var request : openRequests.getOrDefault(review.getId(), List.of())) {
                        if (request.getDueOn().isBefore(next.dueOn())) {
                            next = deadline(days, "Information from an agency", request.getDueOn());
                        }
                    }
                }
                rows.add(new CaseReviewRow("Rapid review", review.getReference(), base + "/rapid-reviews/" + review.getId(),
                        child, review.getStage(), next));
            }
        }
        rows.sort(CaseReviewRow.BY_URGENCY);
        return rows;
    }

    /** Referrals already triaged and closed rapid reviews, most recent first: the record of what was decided. */
    public List<CaseReferral> referrals(long partnershipId) {
        return referrals.findByPartnershipIdOrderByReferredOnDescIdDesc(partnershipId);
    }

    public List<IncidentNotification> notifications(long partnershipId) {
        return notifications.findByPartnershipIdOrderByBecameAwareOnDescIdDesc(partnershipId);
    }
}
