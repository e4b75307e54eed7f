package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.notifications.Mailer;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.UploadedDocument;
import org.safeguardinghub.rules.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rapid review's requests to agencies for information (chronologies, summaries): asked for,
 * submitted by the agency, chased by email. Emails about them name no child: not the case
 * reference, not the pseudonym.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class InformationRequests {

    /** How long an agency has when the business unit does not say. */
    private static final int USUAL_WORKING_DAYS = 5;

    private final InformationRequestRepository requests;
    private final RapidReviews rapidReviews;
    private final Organisations organisations;
    private final Partnerships partnerships;
    private final Accounts accounts;
    private final Mailer mailer;
    private final StatutoryClocks clocks;
    private final String baseUrl;

    InformationRequests(InformationRequestRepository requests, RapidReviews rapidReviews, Organisations organisations,
            Partnerships partnerships, Accounts accounts, Mailer mailer, StatutoryClocks clocks,
            @Value("${hub.base-url}") String baseUrl) {
        this.requests = requests;
        this.rapidReviews = rapidReviews;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clocks = clocks;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Asks an agency for information and emails its representatives; due in five working days unless a date is given. */
    @Transactional
    public InformationRequest request(long partnershipId, long rapidReviewId, Long organisationId, LocalDate dueOn) {
        var review = rapidReviews.find(partnershipId, rapidReviewId).orElseThrow();
        if (organisationId == null || organisations.find(partnershipId, organisationId).isEmpty()) {
            throw new Refused("organisation", "Select an agency of this partnership");
        }
        if (requests.existsByRapidReviewIdAndOrganisationId(rapidReviewId, organisationId)) {
            throw new Refused("organisation", "This agency has already been asked for information for this rapid review");
        }
        var request = requests.saveAndFlush(new InformationRequest(partnershipId, review.getId(), organisationId,
                clocks.today(), dueOn == null ? clocks.workingDaysFromToday(USUAL_WORKING_DAYS) : dueOn));
        write(partnershipId, request, "Information requested for a rapid review, due " + StatutoryClocks.format(request.getDueOn()),
                "has asked %s for information for a rapid review. Please submit it by %s");
        return request;
    }

    List<InformationRequest> of(long rapidReviewId) {
        return requests.findByRapidReviewIdOrderByIdAsc(rapidReviewId);
    }

    public Optional<InformationRequest> find(long partnershipId, long requestId) {
        return requests.findByIdAndPartnershipId(requestId, partnershipId);
    }

    @Transactional
    public void submit(long partnershipId, long requestId, int expectedVersion, String involvement, String analysis,
            String learning, UploadedDocument chronology, String by) {
        find(partnershipId, requestId).orElseThrow()
                .submit(expectedVersion, involvement, analysis, learning, chronology, clocks.today(), by);
        requests.flush();
    }

    /** Reminds the agency's representatives by email; returns how many were written to. */
    @Transactional
    public int chase(long partnershipId, long requestId, int expectedVersion) {
        var request = find(partnershipId, requestId).orElseThrow();
        request.chase(expectedVersion, clocks.today());
        requests.flush();
        return write(partnershipId, request, "Reminder: information for a rapid review is due " + StatutoryClocks.format(request.getDueOn()),
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
                    + partnership.getName() + " " + String.format(sentence, organisation, StatutoryClocks.format(request.getDueOn()))
                    + ".\n\nSign in to see what is asked and to submit it:\n" + link
                    + "\n\nThis email does not say which child the review is about. Please do not reply with case details.\n");
            sent++;
        }
        return sent;
    }
}
