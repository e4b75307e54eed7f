package org.safeguardinghub.learning;

import org.safeguardinghub.rules.Refused;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing, publishing and chasing learning briefings, and each organisation's confirmations, in the Hub. */
@Controller
class BriefingController {

    private static final String STALE = "Someone else changed this briefing while you were editing it. Your changes "
            + "have not been saved: check it, then try again";

    private final Partnerships partnerships;
    private final Briefings briefings;
    private final Subscriptions subscriptions;
    private final AuditTrail audit;

    BriefingController(Partnerships partnerships, Briefings briefings, Subscriptions subscriptions, AuditTrail audit) {
        this.audit = audit;
        this.partnerships = partnerships;
        this.briefings = briefings;
        this.subscriptions = subscriptions;
    }

    @InitBinder("briefingForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "background", "learning", "whyItMatters", "whatToDo", "reflection",
                "furtherReading", "version", "keepIdentifyingDetails", "identifyingDetailsReason");
    }

    private Partnership partnership(String slug) {
        return partnerships.bySlug(slug).orElseThrow(LearningController::notFound);
    }

    private LearningBriefing briefing(Partnership partnership, long id) {
        return briefings.find(partnership.getId(), id).orElseThrow(LearningController::notFound);
    }

    @GetMapping("/p/{partnership}/learning/briefings/new")
    String newBriefing(@PathVariable("partnership") String slug, Model model) {
        partnership(slug);
        return form(model, null, new BriefingForm(), null);
    }

    @PostMapping("/p/{partnership}/learning/briefings/new")
    String write(@PathVariable("partnership") String slug, @ModelAttribute("briefingForm") BriefingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        form.checkIdentifyingDetails(result);
        if (result.hasErrors()) {
            return form(model, null, form, result);
        }
        try {
            var briefing = briefings.write(partnership.getId(), form.toText());
            audit.recordIdentifyingDetailsKept(partnership.getId(), "LearningBriefing", briefing.getId(), form);
            redirect.addFlashAttribute("success", "The draft briefing has been saved");
            return "redirect:/p/" + slug + "/learning/briefings/" + briefing.getId();
        } catch (Refused refused) {
            reject(result, refused);
        }
        return form(model, null, form, result);
    }

    @GetMapping("/p/{partnership}/learning/briefings/{briefing}/edit")
    String edit(@PathVariable("partnership") String slug, @PathVariable("briefing") long briefingId, Model model) {
        var briefing = briefing(partnership(slug), briefingId);
        return form(model, briefing, BriefingForm.of(briefing), null);
    }

    @PostMapping("/p/{partnership}/learning/briefings/{briefing}/edit")
    String change(@PathVariable("partnership") String slug, @PathVariable("briefing") long briefingId,
            @ModelAttribute("briefingForm") BriefingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var partnership = partnership(slug);
        var briefing = briefing(partnership, briefingId);
        form.checkIdentifyingDetails(result);
        if (result.hasErrors()) {
            return form(model, briefing, form, result);
        }
        try {
            briefings.change(partnership.getId(), briefingId, form.getVersion(), form.toText());
            audit.recordIdentifyingDetailsKept(partnership.getId(), "LearningBriefing", briefingId, form);
            redirect.addFlashAttribute("success", "The draft briefing has been saved");
            return "redirect:/p/" + slug + "/learning/briefings/" + briefingId;
        } catch (Refused refused) {
            reject(result, refused);
        } catch (ObjectOptimisticLockingFailureException stale) {
            result.reject("stale", STALE);
            form.setVersion(briefing(partnership, briefingId).getVersion());
        }
        return form(model, briefing, form, result);
    }

    private String form(Model model, LearningBriefing briefing, BriefingForm form, BindingResult result) {
        model.addAttribute("briefing", briefing);
        model.addAttribute("form", form);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, BriefingForm.FIELDS, Set.of()));
        }
        return "learning/briefing-form";
    }

    @GetMapping("/p/{partnership}/learning/briefings/{briefing}")
    String show(@PathVariable("partnership") String slug, @PathVariable("briefing") long briefingId, CurrentUser user,
            Model model) {
        var partnership = partnership(slug);
        var briefing = briefing(partnership, briefingId);
        var rows = briefings.distribution(partnership.getId(), briefingId);
        model.addAttribute("briefing", briefing);
        model.addAttribute("rows", rows);
        model.addAttribute("mine", rows.stream().filter(r -> user.hasAnyRole(partnership.getId(), Role.AGENCY_REPRESENTATIVE)
                && briefings.mayConfirm(user, partnership.getId(), r.distribution().getOrganisationId())).toList());
        model.addAttribute("outstanding", rows.stream().filter(r -> r.distribution().isOutstanding()).count());
        model.addAttribute("cascaded", rows.stream().filter(r -> r.distribution().getCascadedOn() != null).count());
        model.addAttribute("subscribers", subscriptions.count(partnership.getId()));
        return "learning/briefing";
    }

    @PostMapping("/p/{partnership}/learning/briefings/{briefing}/publish")
    String publish(@PathVariable("partnership") String slug, @PathVariable("briefing") long briefingId,
            @RequestParam(defaultValue = "0") int version, CurrentUser user, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        briefing(partnership, briefingId);
        try {
            briefings.publish(partnership, briefingId, version, user.username());
            redirect.addFlashAttribute("success", "The briefing has been published and sent to every organisation");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", STALE);
        }
        return "redirect:/p/" + slug + "/learning/briefings/" + briefingId;
    }

    @PostMapping("/p/{partnership}/learning/briefings/{briefing}/chase")
    String chase(@PathVariable("partnership") String slug, @PathVariable("briefing") long briefingId,
            RedirectAttributes redirect) {
        var partnership = partnership(slug);
        briefing(partnership, briefingId);
        try {
            var chased = briefings.chase(partnership, briefingId);
            redirect.addFlashAttribute("success", chased == 0 ? "No organisation needed chasing"
                    : chased + (chased == 1 ? " organisation has" : " organisations have") + " been chased");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + slug + "/learning/briefings/" + briefingId + "#confirmations";
    }

    @PostMapping("/p/{partnership}/learning/briefings/{briefing}/confirmations")
    String confirm(@PathVariable("partnership") String slug, @PathVariable("briefing") long briefingId,
            @RequestParam(required = false) Long organisationId, @RequestParam(required = false) Briefings.Stage stage,
            CurrentUser user, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        briefing(partnership, briefingId);
        try {
            if (organisationId == null || stage == null) {
                throw new Refused(null, "Choose what to confirm");
            }
            briefings.confirm(user, partnership.getId(), briefingId, organisationId, stage);
            redirect.addFlashAttribute("success", stage == Briefings.Stage.RECEIVED
                    ? "Thank you: receipt has been confirmed" : "Thank you: cascade to staff has been confirmed");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        } catch (java.util.NoSuchElementException notPublished) {
            redirect.addFlashAttribute("refusal", "Only a published briefing can be confirmed");
        }
        return "redirect:/p/" + slug + "/learning/briefings/" + briefingId + "#confirmations";
    }

    private static void reject(BindingResult result, Refused refused) {
        if (refused.field() != null) {
            result.rejectValue(refused.field(), "refused", refused.getMessage());
        } else {
            result.reject("refused", refused.getMessage());
        }
    }
}
