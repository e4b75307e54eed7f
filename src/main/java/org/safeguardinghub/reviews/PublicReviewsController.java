package org.safeguardinghub.reviews;

import org.safeguardinghub.partnership.Partnerships;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The partnership's published child safeguarding practice review reports, for anyone: the name the
 * report was published under, the date and the link. Nothing else of the review is shown.
 */
@Controller
class PublicReviewsController {

    private final Partnerships partnerships;
    private final PracticeReviews practiceReviews;

    PublicReviewsController(Partnerships partnerships, PracticeReviews practiceReviews) {
        this.partnerships = partnerships;
        this.practiceReviews = practiceReviews;
    }

    @GetMapping("/public/{partnership}/reviews")
    String published(@PathVariable("partnership") String slug, Model model) {
        var partnership = partnerships.bySlug(slug).orElseThrow(CaseReviewController::notFound);
        model.addAttribute("publisher", partnership);
        model.addAttribute("published", practiceReviews.published(partnership.getId()).stream()
                .map(r -> new PublishedReport(r.getTitle(), r.getPublishedOn(), r.getPublicationUrl())).toList());
        return "reviews/public-reviews";
    }

    public record PublishedReport(String title, java.time.LocalDate publishedOn, String url) {
    }
}
