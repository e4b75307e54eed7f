package org.safeguardinghub.reviews;

import org.safeguardinghub.partnership.Partnership;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The partnership's published child safeguarding practice review reports, for anyone: the name the
 * report was published under, the date and the link. Nothing else of the review is shown.
 */
@Controller
class PublicReviewsController {

    private final PracticeReviews practiceReviews;

    PublicReviewsController(PracticeReviews practiceReviews) {
        this.practiceReviews = practiceReviews;
    }

    @GetMapping("/public/{partnership}/reviews")
    String published(Partnership partnership, Model model) {
        model.addAttribute("publisher", partnership);
        model.addAttribute("published", practiceReviews.published(partnership.getId()).stream()
                .map(r -> new PublishedReport(r.getTitle(), r.getPublishedOn(), r.getPublicationUrl())).toList());
        return "reviews/public-reviews";
    }

    record PublishedReport(String title, java.time.LocalDate publishedOn, String url) {
    }
}
