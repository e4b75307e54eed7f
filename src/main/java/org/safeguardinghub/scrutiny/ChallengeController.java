package org.safeguardinghub.scrutiny;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Organisations;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The challenge log: every challenge with views by organisation and by theme, raising one, and its stages to closure. */
@Controller
class ChallengeController {

    private static final List<String> FIELDS = List.of("raisedBy", "to", "theme", "question", "raisedOn", "responseDueOn");

    private final ChallengeLog log;
    private final Organisations organisations;
    private final PartnershipStructure structure;
    private final AuditTrail audit;

    ChallengeController(ChallengeLog log, Organisations organisations,
            PartnershipStructure structure, AuditTrail audit) {
        this.log = log;
        this.organisations = organisations;
        this.structure = structure;
        this.audit = audit;
    }

    @InitBinder("challengeForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("raisedBy", "to", "theme", "question", "raisedOn.*", "responseDueOn.*");
    }

    private Challenge challenge(CurrentUser user, Partnership partnership, long challengeId) {
        return log.find(user, partnership.getId(), challengeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/p/{partnership}/challenges")
    String list(Partnership partnership, @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "theme", required = false) String theme, CurrentUser user,
            Model model) {
        var all = log.all(user, partnership.getId());
        var shown = all.stream()
                .filter(r -> to == null || to.isBlank() || r.toName().equals(to))
                .filter(r -> theme == null || theme.isBlank() || theme.equalsIgnoreCase(r.challenge().getTheme()))
                .toList();
        model.addAttribute("rows", shown);
        model.addAttribute("byOrganisation", log.summary(all, ChallengeRow::toName));
        model.addAttribute("byTheme", log.summary(all, r -> r.challenge().getTheme() == null ? "No theme" : r.challenge().getTheme()));
        model.addAttribute("filteredTo", to != null && !to.isBlank() ? to : null);
        model.addAttribute("filteredTheme", theme != null && !theme.isBlank() ? theme : null);
        model.addAttribute("today", log.today());
        return "scrutiny/challenges";
    }

    @GetMapping("/p/{partnership}/challenges/new")
    String newChallenge(Partnership partnership, Model model) {
        var form = new ChallengeForm();
        form.setRaisedOn(DateInput.of(log.today()));
        return form(model, partnership, form, null);
    }

    @PostMapping("/p/{partnership}/challenges/new")
    String raise(Partnership partnership, @ModelAttribute("challengeForm") ChallengeForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var challenge = log.raise(partnership.getId(), form.getRaisedBy(), form.organisationId(), form.groupId(),
                        form.getRaisedOn().toDate().orElse(null), form.getTheme(), form.getQuestion(),
                        form.getResponseDueOn().toDate().orElse(null), user.username());
                redirect.addFlashAttribute("success", "Challenge " + challenge.getReference() + " has been added to the log");
                return "redirect:/p/" + partnership.getSlug() + "/challenges/" + challenge.getId();
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return form(model, partnership, form, result);
    }

    private String form(Model model, Partnership partnership, ChallengeForm form, BindingResult result) {
        var to = new ArrayList<Map<String, Object>>();
        to.add(Map.of("value", "", "text", "Choose an organisation or group", "selected", form.getTo() == null));
        organisations.in(partnership.getId()).forEach(o -> to.add(Map.of("value", "o" + o.organisation().getId(),
                "text", o.organisation().getName(), "selected", ("o" + o.organisation().getId()).equals(form.getTo()))));
        structure.groups(partnership.getId()).stream().filter(g -> log.mayBeChallenged(g)).forEach(g -> to.add(Map.of(
                "value", "g" + g.getId(), "text", g.getName() + " (group)", "selected", ("g" + g.getId()).equals(form.getTo()))));
        model.addAttribute("form", form);
        model.addAttribute("toItems", to);
        model.addAttribute("raisedByItems", Choices.of(List.of(RaisedBy.values()), RaisedBy::name, RaisedBy::label,
                form.getRaisedBy() == null ? null : form.getRaisedBy().name()));
        model.addAttribute("responseDays", log.responseDays());
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, FIELDS, Set.of("raisedOn", "responseDueOn")));
        }
        return "scrutiny/challenge-form";
    }

    @GetMapping("/p/{partnership}/challenges/{challenge}")
    String show(Partnership partnership, @PathVariable("challenge") long challengeId,
            CurrentUser user, Model model) {
        var challenge = challenge(user, partnership, challengeId);
        var row = log.all(user, partnership.getId()).stream().filter(r -> r.challenge().getId().equals(challengeId)).findFirst()
                .orElseThrow();
        model.addAttribute("row", row);
        model.addAttribute("steps", log.steps(challengeId));
        model.addAttribute("today", log.today());
        model.addAttribute("lastStage", challenge.getStage() == Challenge.LAST_STAGE);
        return "scrutiny/challenge";
    }

    @PostMapping("/p/{partnership}/challenges/{challenge}/response")
    String respond(Partnership partnership, @PathVariable("challenge") long challengeId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String response,
            CurrentUser user, RedirectAttributes redirect) {
        challenge(user, partnership, challengeId);
        return attempt(partnership, challengeId, redirect, "The response has been recorded",
                () -> log.recordResponse(partnership.getId(), challengeId, version, response, null, user.username()));
    }

    @PostMapping("/p/{partnership}/challenges/{challenge}/escalate")
    String escalate(Partnership partnership, @PathVariable("challenge") long challengeId,
            @RequestParam(defaultValue = "0") int version, CurrentUser user,
            RedirectAttributes redirect) {
        challenge(user, partnership, challengeId);
        return attempt(partnership, challengeId, redirect, "The challenge has been escalated",
                () -> log.escalate(partnership.getId(), challengeId, version, user.username()));
    }

    @PostMapping("/p/{partnership}/challenges/{challenge}/outcome")
    String close(Partnership partnership, @PathVariable("challenge") long challengeId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String impact, CurrentUser user,
            RedirectAttributes redirect) {
        challenge(user, partnership, challengeId);
        return attempt(partnership, challengeId, redirect, "The outcome and impact have been recorded and the challenge closed",
                () -> log.close(partnership.getId(), challengeId, version, outcome, impact, user.username()));
    }

    private String attempt(Partnership partnership, long challengeId, RedirectAttributes redirect, String success,
            Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (ObjectOptimisticLockingFailureException collision) {
            redirect.addFlashAttribute("refusal", StaleEdit.of(collision, "challenge").getMessage());
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/challenges/" + challengeId;
    }

    @GetMapping("/p/{partnership}/challenges/{challenge}/history")
    String history(Partnership partnership, @PathVariable("challenge") long challengeId,
            CurrentUser user, Model model) {
        var challenge = challenge(user, partnership, challengeId);
        model.addAttribute("recordName", "Challenge " + challenge.getReference());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/challenges/" + challengeId);
        model.addAttribute("events", audit.historyOf("Challenge", challengeId));
        return "audit/history";
    }
}
