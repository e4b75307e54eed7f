package org.safeguardinghub.learning;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Partnership;
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

    private final Briefings briefings;
    private final Subscriptions subscriptions;
    private final AuditTrail audit;

    BriefingController(Briefings briefings, Subscriptions subscriptions, AuditTrail audit) {
        this.audit = audit;
        this.briefings = briefings;
        this.subscriptions = subscriptions;
    }

    @InitBinder("briefingForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "background", "learning", "whyItMatters", "whatToDo", "reflection",
                "furtherReading", "version", "keepIdentifyingDetails", "identifyingDetailsReason");
    }

    private LearningBriefing briefing(Partnership partnership, long id) {
        return briefings.find(partnership.getId(), id).orElseThrow(LearningController::notFound);
    }

    @GetMapping("/p/{partnership}/learning/briefings/new")
    String newBriefing(Partnership partnership, Model model) {
        return form(model, null, new BriefingForm(), null);
    }

    @PostMapping("/p/{partnership}/learning/briefings/new")
    String write(Partnership partnership, @ModelAttribute("briefingForm") BriefingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.checkIdentifyingDetails(result);
        if (result.hasErrors()) {
            return form(model, null, form, result);
        }
        try {
            var briefing = briefings.write(partnership.getId(), form.toText());
            audit.recordIdentifyingDetailsKept(partnership.getId(), "LearningBriefing", briefing.getId(), form);
            redirect.addFlashAttribute("success", "The draft briefing has been saved");
            return "redirect:/p/" + partnership.getSlug() + "/learning/briefings/" + briefing.getId();
        } catch (Refused refused) {
            FormErrors.reject(result, refused);
        }
        return form(model, null, form, result);
    }

    @GetMapping("/p/{partnership}/learning/briefings/{briefing}/edit")
    String edit(Partnership partnership, @PathVariable("briefing") long briefingId, Model model) {
        var briefing = briefing(partnership, briefingId);
        return form(model, briefing, BriefingForm.of(briefing), null);
    }

    @PostMapping("/p/{partnership}/learning/briefings/{briefing}/edit")
    String change(Partnership partnership, @PathVariable("briefing") long briefingId,
            @ModelAttribute("briefingForm") BriefingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var briefing = briefing(partnership, briefingId);
        form.checkIdentifyingDetails(result);
        if (result.hasErrors()) {
            return form(model, briefing, form, result);
        }
        try {
            briefings.change(partnership.getId(), briefingId, form.getVersion(), form.toText());
            audit.recordIdentifyingDetailsKept(partnership.getId(), "LearningBriefing", briefingId, form);
            redirect.addFlashAttribute("success", "The draft briefing has been saved");
            return "redirect:/p/" + partnership.getSlug() + "/learning/briefings/" + briefingId;
        } catch (StaleEdit stale) {
            FormErrors.reject(result, stale);
            form.setVersion(briefing(partnership, briefingId).getVersion());
        } catch (Refused refused) {
            FormErrors.reject(result, refused);
        } catch (ObjectOptimisticLockingFailureException collision) {
            FormErrors.reject(result, StaleEdit.of(collision, "briefing"));
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
    String show(Partnership partnership, @PathVariable("briefing") long briefingId, CurrentUser user,
            Model model) {
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
    String publish(Partnership partnership, @PathVariable("briefing") long briefingId,
            @RequestParam(defaultValue = "0") int version, CurrentUser user, RedirectAttributes redirect) {
        briefing(partnership, briefingId);
        try {
            briefings.publish(partnership, briefingId, version, user.username());
            redirect.addFlashAttribute("success", "The briefing has been published and sent to every organisation");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException collision) {
            redirect.addFlashAttribute("refusal", StaleEdit.of(collision, "briefing").getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/learning/briefings/" + briefingId;
    }

    @PostMapping("/p/{partnership}/learning/briefings/{briefing}/chase")
    String chase(Partnership partnership, @PathVariable("briefing") long briefingId,
            RedirectAttributes redirect) {
        briefing(partnership, briefingId);
        try {
            var chased = briefings.chase(partnership, briefingId);
            redirect.addFlashAttribute("success", chased == 0 ? "No organisation needed chasing"
                    : chased + (chased == 1 ? " organisation has" : " organisations have") + " been chased");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/learning/briefings/" + briefingId + "#confirmations";
    }

    @PostMapping("/p/{partnership}/learning/briefings/{briefing}/confirmations")
    String confirm(Partnership partnership, @PathVariable("briefing") long briefingId,
            @RequestParam(required = false) Long organisationId, @RequestParam(required = false) Briefings.Stage stage,
            CurrentUser user, RedirectAttributes redirect) {
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
        }
        return "redirect:/p/" + partnership.getSlug() + "/learning/briefings/" + briefingId + "#confirmations";
    }
}
