package org.safeguardinghub.scrutiny;

import java.util.List;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Independent scrutiny: lines of enquiry, activities, findings, the partners' responses and actions on the tracker. */
@Controller
class ScrutinyController {

    private final IndependentScrutiny scrutiny;
    private final People people;
    private final Organisations organisations;

    ScrutinyController(IndependentScrutiny scrutiny, People people, Organisations organisations) {
        this.scrutiny = scrutiny;
        this.people = people;
        this.organisations = organisations;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @GetMapping("/p/{partnership}/scrutiny")
    String overview(Partnership partnership, Model model) {
        var lines = scrutiny.lines(partnership.getId());
        model.addAttribute("lines", lines);
        model.addAttribute("activities", scrutiny.activities(partnership.getId()));
        model.addAttribute("lineItems", Choices.withPrompt("Not for a particular line of enquiry", lines,
                LineOfEnquiry::getId, l -> l.getYear() + ": " + l.getQuestion(), null));
        model.addAttribute("kindItems", Choices.of(List.of(ScrutinyKind.values()), ScrutinyKind::name, ScrutinyKind::label, null));
        model.addAttribute("thisYear", scrutiny.today().getMonthValue() >= 4 ? scrutiny.today().getYear() : scrutiny.today().getYear() - 1);
        model.addAttribute("heldOn", new DateInput());
        return "scrutiny/scrutiny";
    }

    @PostMapping("/p/{partnership}/scrutiny/lines")
    String addLine(Partnership partnership, @RequestParam(defaultValue = "0") int startsYear,
            @RequestParam(defaultValue = "") String question, RedirectAttributes redirect) {
        try {
            scrutiny.addLine(partnership.getId(), startsYear, question);
            redirect.addFlashAttribute("success", "The line of enquiry has been added");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/scrutiny";
    }

    @PostMapping("/p/{partnership}/scrutiny/activities")
    String addActivity(Partnership partnership, @RequestParam(required = false) Long lineId,
            @RequestParam(required = false) ScrutinyKind kind, @RequestParam(defaultValue = "") String title,
            @RequestParam(name = "heldOn.day", defaultValue = "") String day,
            @RequestParam(name = "heldOn.month", defaultValue = "") String month,
            @RequestParam(name = "heldOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
        var heldOn = new DateInput();
        heldOn.setDay(day);
        heldOn.setMonth(month);
        heldOn.setYear(year);
        var problem = heldOn.problem("the date of the scrutiny");
        if (problem.isPresent()) {
            redirect.addFlashAttribute("refusal", problem.get());
            return "redirect:/p/" + partnership.getSlug() + "/scrutiny";
        }
        try {
            var activity = scrutiny.addActivity(partnership.getId(), lineId, kind, title, heldOn.toDate().orElse(null), summary);
            redirect.addFlashAttribute("success", "The scrutiny activity has been added. Record its findings");
            return "redirect:/p/" + partnership.getSlug() + "/scrutiny/activities/" + activity.getId();
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/p/" + partnership.getSlug() + "/scrutiny";
        }
    }

    @GetMapping("/p/{partnership}/scrutiny/activities/{scrutinyActivity}")
    String activity(Partnership partnership, @PathVariable("scrutinyActivity") long activityId, Model model) {
        var activity = scrutiny.activity(partnership.getId(), activityId).orElseThrow(ScrutinyController::notFound);
        var findings = scrutiny.findings(activityId);
        model.addAttribute("activity", activity);
        model.addAttribute("line", activity.getLineOfEnquiryId() == null ? null
                : scrutiny.line(partnership.getId(), activity.getLineOfEnquiryId()).orElse(null));
        model.addAttribute("findings", findings);
        model.addAttribute("actions", scrutiny.actionsOf(partnership.getId(), findings));
        model.addAttribute("personItems", Choices.withPrompt("No named person", people.allIn(partnership.getId()),
                Person::getId, Person::getFullName, null));
        model.addAttribute("organisationItems", Choices.withPrompt("No organisation",
                organisations.in(partnership.getId()).stream().map(OrganisationInPartnership::organisation).toList(),
                Organisation::getId, Organisation::getName, null));
        return "scrutiny/activity";
    }

    @PostMapping("/p/{partnership}/scrutiny/activities/{scrutinyActivity}/findings")
    String addFinding(Partnership partnership, @PathVariable("scrutinyActivity") long activityId,
            @RequestParam(defaultValue = "") String finding, RedirectAttributes redirect) {
        scrutiny.activity(partnership.getId(), activityId).orElseThrow(ScrutinyController::notFound);
        try {
            scrutiny.addFinding(partnership.getId(), activityId, finding);
            redirect.addFlashAttribute("success", "The finding has been added");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/scrutiny/activities/" + activityId;
    }

    @PostMapping("/p/{partnership}/scrutiny/findings/{finding}/response")
    String respond(Partnership partnership, @PathVariable("finding") long findingId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String response,
            RedirectAttributes redirect) {
        var finding = scrutiny.finding(partnership.getId(), findingId).orElseThrow(ScrutinyController::notFound);
        try {
            scrutiny.respond(partnership.getId(), findingId, version, response);
            redirect.addFlashAttribute("success", "The partners' response has been recorded");
        } catch (ObjectOptimisticLockingFailureException collision) {
            redirect.addFlashAttribute("refusal", StaleEdit.of(collision, "finding").getMessage());
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/scrutiny/activities/" + finding.getActivityId();
    }

    @PostMapping("/p/{partnership}/scrutiny/findings/{finding}/actions")
    String raiseAction(Partnership partnership, @PathVariable("finding") long findingId,
            @RequestParam(defaultValue = "") String description, @RequestParam(required = false) Long ownerPersonId,
            @RequestParam(required = false) Long ownerOrganisationId, CurrentUser user, RedirectAttributes redirect) {
        var finding = scrutiny.finding(partnership.getId(), findingId).orElseThrow(ScrutinyController::notFound);
        try {
            var action = scrutiny.raiseAction(user, partnership.getId(), findingId, description, ownerPersonId,
                    ownerOrganisationId, null);
            redirect.addFlashAttribute("success", "Action " + action.getId() + " has been raised on the tracker");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/scrutiny/activities/" + finding.getActivityId();
    }
}
