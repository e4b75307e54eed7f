package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.calendar.BankHolidays;
import org.safeguardinghub.learning.FindingDetails;
import org.safeguardinghub.learning.FindingRow;
import org.safeguardinghub.learning.LearningFinding;
import org.safeguardinghub.learning.LearningRegister;
import org.safeguardinghub.learning.Subscriptions;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.UploadedDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local child safeguarding practice reviews and learning from reviews held elsewhere. A local review
 * starts from a rapid review whose partners decided to hold one; its report is due
 * {@code hub.reviews.practice-review-months} (6) months from that decision; it may be published only
 * {@code hub.reviews.publication-notice-working-days} (7) working days or more after the final report
 * went to the national Panel and the Secretary of State. Findings and recommendations go to the
 * learning register, which raises their actions on the tracker; a review closes only when every one
 * of those actions is closed. Publishing emails the partnership's subscribers a link to the report.
 * Who may see these records is {@link CaseReviewAccess#mayRead}.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class PracticeReviews {

    /** The usual steps of a local review, with how many weeks after the decision each is due; the last is the report. */
    private static final List<Object[]> USUAL_MILESTONES = List.<Object[]>of(
            new Object[] {"Terms of reference agreed and reviewer appointed", 4},
            new Object[] {"Family invited to contribute", 6},
            new Object[] {"Agency information and chronologies received", 10},
            new Object[] {"Practitioner learning event held", 14},
            new Object[] {"Draft report to the review panel", 20});

    private final PracticeReviewRepository reviews;
    private final PracticeReviewMilestoneRepository milestones;
    private final PracticeReviewReportRepository reports;
    private final RapidReviews rapidReviews;
    private final JointCaseReviewGroup reviewGroup;
    private final StatutoryClocks clocks;
    private final LearningRegister learning;
    private final BankHolidays holidays;
    private final Partnerships partnerships;
    private final Subscriptions subscriptions;
    private final int reportMonths;
    private final int noticeDays;

    PracticeReviews(PracticeReviewRepository reviews, PracticeReviewMilestoneRepository milestones,
            PracticeReviewReportRepository reports, RapidReviews rapidReviews, JointCaseReviewGroup reviewGroup,
            StatutoryClocks clocks, LearningRegister learning, BankHolidays holidays,
            Partnerships partnerships, Subscriptions subscriptions,
            @Value("${hub.reviews.practice-review-months:6}") int reportMonths,
            @Value("${hub.reviews.publication-notice-working-days:7}") int noticeDays) {
        this.reviews = reviews;
        this.milestones = milestones;
        this.reports = reports;
        this.rapidReviews = rapidReviews;
        this.reviewGroup = reviewGroup;
        this.clocks = clocks;
        this.learning = learning;
        this.holidays = holidays;
        this.partnerships = partnerships;
        this.subscriptions = subscriptions;
        this.reportMonths = reportMonths;
        this.noticeDays = noticeDays;
    }

    public int reportMonths() {
        return reportMonths;
    }

    public int noticeDays() {
        return noticeDays;
    }

    public Optional<PracticeReview> find(long partnershipId, long id) {
        return reviews.findByIdAndPartnershipId(id, partnershipId);
    }

    public Optional<PracticeReview> ofRapidReview(long rapidReviewId) {
        return reviews.findByRapidReviewId(rapidReviewId);
    }

    /** The partnership's local reviews whose reports have been published, newest first: public. */
    public List<PracticeReview> published(long partnershipId) {
        return reviews.findByPartnershipIdAndPublishedOnIsNotNullOrderByPublishedOnDescIdDesc(partnershipId);
    }

    public List<PracticeReview> all(long partnershipId) {
        return reviews.findByPartnershipIdOrderByDecidedOnDescIdDesc(partnershipId);
    }

    /** Starts the local review the partners decided on, with its target date and the usual milestones. */
    @Transactional
    public PracticeReview startLocal(long partnershipId, long rapidReviewId) {
        var rapid = rapidReviews.find(partnershipId, rapidReviewId).orElseThrow();
        if (rapid.getDecision() != ReviewRoute.LOCAL_PRACTICE_REVIEW) {
            throw new Refused(null, "The partners have not decided to hold a local child safeguarding practice review");
        }
        if (reviews.findByRapidReviewId(rapidReviewId).isPresent()) {
            throw new Refused(null, "The local practice review has already started");
        }
        var child = rapidReviews.child(rapid);
        var decided = rapid.getDecidedOn();
        var review = reviews.saveAndFlush(PracticeReview.local(partnershipId, rapidReviewId, child.pseudonym(), decided,
                decided.plusMonths(reportMonths)));
        for (var usual : USUAL_MILESTONES) {
            var due = decided.plusWeeks((Integer) usual[1]);
            if (due.isBefore(review.getReportDueOn())) {
                milestones.save(new PracticeReviewMilestone(partnershipId, review.getId(), (String) usual[0], due));
            }
        }
        milestones.save(new PracticeReviewMilestone(partnershipId, review.getId(), "Final report to the partners",
                review.getReportDueOn()));
        milestones.flush();
        return review;
    }

    /** Records a review held by someone else, so its learning can be tracked here. */
    @Transactional
    public PracticeReview recordFromElsewhere(long partnershipId, ReviewKind kind, String title, String source,
            String summary, LocalDate reportedOn, String url) {
        return reviews.saveAndFlush(PracticeReview.fromElsewhere(partnershipId, kind, title, source, summary, reportedOn, url,
                clocks.today()));
    }

    @Transactional
    public void describe(long partnershipId, long id, int expectedVersion, String termsOfReference, String reviewer,
            String reviewPanel, String familyInvolvement) {
        find(partnershipId, id).orElseThrow().describe(expectedVersion, termsOfReference, reviewer, reviewPanel,
                familyInvolvement);
        reviews.flush();
    }

    // Milestones

    public List<PracticeReviewMilestone> milestones(long reviewId) {
        return milestones.findByPracticeReviewIdOrderByDueOnAscIdAsc(reviewId);
    }

    @Transactional
    public void addMilestone(long partnershipId, long id, String name, LocalDate dueOn) {
        find(partnershipId, id).orElseThrow().checkMayAddMilestone();
        milestones.saveAndFlush(new PracticeReviewMilestone(partnershipId, id, name, dueOn));
    }

    @Transactional
    public void completeMilestone(long partnershipId, long id, long milestoneId, int expectedVersion, LocalDate on) {
        var milestone = milestones.findByIdAndPartnershipId(milestoneId, partnershipId)
                .filter(m -> m.getPracticeReviewId() == id).orElseThrow(() -> new Refused(null, "That milestone is not this review's"));
        var today = clocks.today();
        if (on != null && on.isAfter(today)) {
            throw new Refused("completedOn", "The date the milestone was done must be today or in the past");
        }
        milestone.complete(expectedVersion, on == null ? today : on);
        milestones.flush();
    }

    /** Moves a milestone not yet done to a new date; the review's target date stays as it was decided. */
    @Transactional
    public void rescheduleMilestone(long partnershipId, long id, Long milestoneId, LocalDate newDueOn) {
        var review = find(partnershipId, id).orElseThrow();
        if (!review.isOpen()) {
            throw new Refused(null, "This review is closed, so its milestones can no longer change");
        }
        var milestone = milestoneId == null ? null : milestones.findByIdAndPartnershipId(milestoneId, partnershipId)
                .filter(m -> m.getPracticeReviewId() == id).orElse(null);
        if (milestone == null) {
            throw new Refused("milestone", "Select the milestone to move");
        }
        milestone.reschedule(milestone.getVersion(), newDueOn);
        milestones.flush();
    }

    /** The next milestone not yet done, as a clock; none when every one is done. */
    public Optional<ReviewDeadline> nextMilestone(PracticeReview review) {
        return milestones(review.getId()).stream().filter(m -> m.getCompletedOn() == null).findFirst()
                .map(m -> clocks.deadline(m.getName(), m.getDueOn()));
    }

    // Reports

    public List<PracticeReviewReport> reports(long reviewId) {
        return reports.findByPracticeReviewIdOrderByNumberAsc(reviewId);
    }

    public Optional<PracticeReviewReport> report(long partnershipId, long reportId) {
        return reports.findByIdAndPartnershipId(reportId, partnershipId);
    }

    public byte[] content(PracticeReviewReport report) {
        return report.content();
    }

    @Transactional
    public PracticeReviewReport uploadReport(long partnershipId, long id, boolean finalReport, UploadedDocument document,
            String by) {
        find(partnershipId, id).orElseThrow().checkMayAddReport();
        if (document == null) {
            throw new Refused("report", "Select the report to upload");
        }
        var number = reports(id).size() + 1;
        return reports.saveAndFlush(new PracticeReviewReport(partnershipId, id, number, finalReport, document,
                clocks.today(), by));
    }

    // Publication

    @Transactional
    public void decidePublication(long partnershipId, long id, int expectedVersion, PublicationDecision decision,
            String reasons) {
        find(partnershipId, id).orElseThrow().decidePublication(expectedVersion, decision, reasons);
        reviews.flush();
    }

    @Transactional
    public void recordSent(long partnershipId, long id, int expectedVersion, LocalDate toPanel, LocalDate toSecretaryOfState) {
        var hasFinal = reports(id).stream().anyMatch(PracticeReviewReport::isFinalReport);
        find(partnershipId, id).orElseThrow().recordSent(expectedVersion, toPanel, toSecretaryOfState, hasFinal,
                clocks.today());
        reviews.flush();
    }

    public LocalDate earliestPublication(PracticeReview review) {
        return review.earliestPublication(holidays.workingDays(), noticeDays);
    }

    @Transactional
    public void publish(long partnershipId, long id, int expectedVersion, LocalDate on, String url) {
        if (on != null && on.isAfter(clocks.today())) {
            throw new Refused("publishedOn", "Record the publication on the day it happens, not before");
        }
        var review = find(partnershipId, id).orElseThrow();
        review.publish(expectedVersion, on, url, holidays.workingDays(), noticeDays);
        reviews.flush();
        subscriptions.announce(partnerships.withIds(Set.of(partnershipId)).getFirst(),
                "child safeguarding practice review report", review.getTitle(), review.getPublicationUrl());
    }

    // Findings, recommendations and their actions

    public List<FindingRow> findings(CurrentUser user, PracticeReview review) {
        return learning.findingsFrom(user, review.partnershipId(), review.getKind().learningSource(), review.getId());
    }

    /**
     * Records a finding of the review, with its recommendation and themes, in the learning register.
     * A local review's findings are confidential to the joint case review group; those of a review
     * published elsewhere are not.
     */
    @Transactional
    public LearningFinding addFinding(long partnershipId, long id, String finding, String recommendation, Set<Long> themeIds,
            String by) {
        var review = find(partnershipId, id).orElseThrow();
        if (!review.isOpen()) {
            throw new Refused(null, "This review is closed, so no finding can be added");
        }
        Long group = null;
        if (review.getKind().isLocal()) {
            group = reviewGroup.group(partnershipId).orElseThrow(() -> new Refused(null, JointCaseReviewGroup.CHOOSE_FIRST)).getId();
        }
        refuseCaseReference(review, "finding", finding);
        refuseCaseReference(review, "recommendation", recommendation);
        var sourceDate = review.getKind().isLocal() ? clocks.today() : review.getDecidedOn();
        var reference = review.getKind().isLocal() ? review.getReference() : review.getTitle();
        return learning.recordFinding(partnershipId, new FindingDetails(review.getKind().learningSource(), reference,
                sourceDate, finding, recommendation, themeIds, review.getKind().isLocal(), group), review.getId(), by);
    }

    /** Raises an action for one of the review's recommendations, owned by an organisation. */
    @Transactional
    public void raiseAction(CurrentUser user, long partnershipId, long id, long findingId, String description,
            Long organisationId, LocalDate dueOn) {
        var review = find(partnershipId, id).orElseThrow();
        if (!review.isOpen()) {
            throw new Refused(null, "This review is closed, so no action can be added");
        }
        var ours = findings(user, review).stream().anyMatch(r -> r.finding().getId() == findingId);
        if (!ours) {
            throw new Refused(null, "That finding is not one of this review's");
        }
        if (organisationId == null) {
            throw new Refused("organisation", "Select the organisation that owns the action");
        }
        refuseCaseReference(review, "description", description);
        try {
            learning.raiseAction(user, partnershipId, findingId, description, Set.of(), Set.of(organisationId), false, dueOn);
        } catch (Refused refused) {
            throw new Refused(refused.field() != null ? refused.field() : "organisation", refused.getMessage());
        }
    }

    /**
     * Findings and actions travel: to the learning register, the tracker, briefings. The case
     * reference links to the child's records, so it is refused in their words.
     */
    private void refuseCaseReference(PracticeReview review, String field, String text) {
        if (text == null || review.getRapidReviewId() == null) {
            return;
        }
        var rapid = rapidReviews.find(review.partnershipId(), review.getRapidReviewId()).orElseThrow();
        if (rapidReviews.child(rapid).isNamedIn(text)) {
            throw new Refused(field, "Take out the case reference: findings and actions are shared beyond the review, "
                    + "so they must not identify the child");
        }
    }

    /** Closes the review, refused while any action for its findings is open or a recommendation has none. */
    @Transactional
    public void close(long partnershipId, long id, int expectedVersion, String by) {
        var review = find(partnershipId, id).orElseThrow();
        var source = review.getKind().learningSource();
        review.close(expectedVersion, learning.openActionsFrom(partnershipId, source, id),
                learning.recommendationsWithoutActions(partnershipId, source, id), clocks.today(), by);
        reviews.flush();
    }

    /** A dashboard line for every open review: a local one's next milestone, or where it is. */
    public List<CaseReviewRow> dashboard(long partnershipId, String slug) {
        return dashboard(slug, holidays.workingDays(), reviews.findByPartnershipIdAndClosedOnIsNullOrderByDecidedOnDescIdDesc(partnershipId));
    }

    /** As above, for reviews already read (those closed are left out) and the working-day calendar. */
    List<CaseReviewRow> dashboard(String slug, org.safeguardinghub.calendar.WorkingDays days, List<PracticeReview> reviews) {
        var open = reviews.stream().filter(PracticeReview::isOpen).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        var ids = open.stream().map(PracticeReview::getId).toList();
        var finals = Set.copyOf(reports.withFinalReport(ids));
        var next = new java.util.HashMap<Long, PracticeReviewMilestone>();
        for (var m : milestones.findByPracticeReviewIdInAndCompletedOnIsNull(ids)) {
            next.merge(m.getPracticeReviewId(), m, (a, b) -> b.getDueOn().isBefore(a.getDueOn()) ? b : a);
        }
        return open.stream().map(r -> {
            var milestone = next.get(r.getId());
            ReviewDeadline deadline = null;
            if (milestone != null) {
                deadline = clocks.deadline(days, milestone.getName(), milestone.getDueOn());
            }
            return new CaseReviewRow(r.getKind().isLocal() ? "Local practice review" : r.getKind().label(), r.getReference(),
                    "/p/" + slug + "/case-reviews/practice-reviews/" + r.getId(), r.getTitle(),
                    stage(r, finals.contains(r.getId())), deadline);
        }).toList();
    }

    /** Where an open review is, in a few words. */
    public String stage(PracticeReview review, boolean hasFinalReport) {
        if (!review.isOpen()) return "Closed";
        if (!review.getKind().isLocal()) return "Findings and actions";
        if (review.getPublishedOn() != null) return "Published; actions in progress";
        if (review.getSentToPanelOn() != null && review.getSentToSecretaryOfStateOn() != null) {
            return "Sent to the Panel and the Secretary of State";
        }
        if (review.getPublicationDecision() == PublicationDecision.NOT_PUBLISH) return "Not to be published; actions in progress";
        if (hasFinalReport) return "Final report received";
        return "Review under way";
    }
}
