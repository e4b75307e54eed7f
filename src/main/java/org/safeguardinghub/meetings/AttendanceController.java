package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
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

/** The attendance sheet, others in attendance, declared interests, and a group's quorum rule. */
@Controller
class AttendanceController {

    private final MeetingLookup lookup;
    private final AttendanceRegister register;
    private final MeetingDiary diary;
    private final People people;
    private final Organisations organisations;

    AttendanceController(MeetingLookup lookup, AttendanceRegister register, MeetingDiary diary, People people,
            Organisations organisations) {
        this.lookup = lookup;
        this.register = register;
        this.diary = diary;
        this.people = people;
        this.organisations = organisations;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("statuses*", "deputies*", "confidentialityAgreed", "version");
    }

    @GetMapping("/p/{partnership}/meetings/{meeting}/attendance")
    String sheet(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            Model model) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var sheet = register.attendanceSheet(partnership.getId(), meeting);
        return page(model, user, partnership, meeting, sheet, AttendanceForm.of(meeting, sheet));
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/attendance")
    String record(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            @ModelAttribute("form") AttendanceForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var sheet = register.attendanceSheet(partnership.getId(), meeting);
        if (result.hasErrors()) {
            model.addAttribute("refusal", "Choose one of the options for each member");
            return page(model, user, partnership, meeting, sheet, form);
        }
        try {
            register.recordAttendance(partnership.getId(), meetingId, form.getVersion(), form.entries(),
                    form.isConfidentialityAgreed());
            redirect.addFlashAttribute("success", "The attendance has been recorded");
            return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId;
        } catch (StaleEdit stale) {
            // The sheet is shown as the other person saved it, to check and save again.
            model.addAttribute("refusal", stale.getMessage());
            var latest = diary.find(partnership.getId(), meetingId).orElseThrow();
            var fresh = register.attendanceSheet(partnership.getId(), latest);
            return page(model, user, partnership, latest, fresh, AttendanceForm.of(latest, fresh));
        } catch (Refused refused) {
            model.addAttribute("refusal", refused.getMessage());
        }
        return page(model, user, partnership, meeting, sheet, form);
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/attendees")
    String addAttendee(Partnership partnership, @PathVariable("meeting") long meetingId,
            CurrentUser user, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Long organisationId, RedirectAttributes redirect) {
        lookup.meeting(user, partnership, meetingId);
        try {
            if (personId == null) {
                throw new Refused("personId", "Select who was in attendance");
            }
            register.addAttendee(partnership.getId(), meetingId, personId, organisationId);
            redirect.addFlashAttribute("success", "They have been added as in attendance");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId + "/attendance";
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/conflicts")
    String declareConflict(Partnership partnership, @PathVariable("meeting") long meetingId,
            CurrentUser user, @RequestParam(required = false) Long conflictPersonId,
            @RequestParam(required = false) Long conflictItemId, @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        lookup.meeting(user, partnership, meetingId);
        try {
            if (conflictPersonId == null) {
                throw new Refused("conflictPersonId", "Select who declared the interest");
            }
            register.declareConflict(partnership.getId(), meetingId, conflictPersonId, conflictItemId, description);
            redirect.addFlashAttribute("success", "The declared interest has been recorded");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId + "/attendance";
    }

    private String page(Model model, CurrentUser user, Partnership partnership, Meeting meeting,
            List<AttendanceRow> sheet, AttendanceForm form) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("group", lookup.group(user, partnership, meeting.getGroupId()));
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        var everyone = people.allIn(partnership.getId());
        model.addAttribute("people", everyone);
        model.addAttribute("personItems", Choices.withPrompt("Select a person", everyone, Person::getId, Person::getFullName, null));
        var current = organisations.in(partnership.getId()).stream().filter(o -> !o.hasLeft())
                .map(OrganisationInPartnership::organisation).toList();
        model.addAttribute("organisationItems", Choices.withPrompt("No organisation", current, Organisation::getId,
                Organisation::getName, null));
        model.addAttribute("itemItems", Choices.withPrompt("The meeting as a whole", diary.agenda(meeting.getId()),
                AgendaItem::getId, i -> i.getPosition() + ". " + (i.isConfidential() ? "Confidential item" : i.getTitle()), null));
        model.addAttribute("conflicts", register.conflictsOf(user, meeting, false));
        Map<Long, String> names = new HashMap<>();
        everyone.forEach(p -> names.put(p.getId(), p.getFullName()));
        model.addAttribute("personNames", names);
        model.addAttribute("statuses", AttendanceStatus.values());
        return "meetings/attendance";
    }

    @GetMapping("/p/{partnership}/groups/{group}/quorum")
    String quorumForm(Partnership partnership, @PathVariable("group") long groupId, CurrentUser user,
            Model model) {
        model.addAttribute("group", lookup.group(user, partnership, groupId));
        var rule = register.quorumRule(partnership.getId(), groupId);
        model.addAttribute("rule", rule);
        model.addAttribute("minimumPresent", rule.getMinimumPresent() == null ? "" : rule.getMinimumPresent().toString());
        model.addAttribute("eachSafeguardingPartner", rule.isEachSafeguardingPartner());
        model.addAttribute("version", rule.getVersion());
        return "meetings/quorum";
    }

    @PostMapping("/p/{partnership}/groups/{group}/quorum")
    String setQuorum(Partnership partnership, @PathVariable("group") long groupId, CurrentUser user,
            @RequestParam(defaultValue = "false") boolean eachSafeguardingPartner,
            @RequestParam(defaultValue = "") String minimumPresent, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        var group = lookup.group(user, partnership, groupId);
        String error = null;
        Integer minimum = null;
        if (!minimumPresent.isBlank()) {
            try {
                minimum = Integer.valueOf(minimumPresent.trim());
            } catch (NumberFormatException e) {
                error = "Enter the number of members as a whole number, like 6";
            }
        }
        if (error == null) {
            try {
                register.setQuorumRule(partnership.getId(), groupId, version, eachSafeguardingPartner, minimum);
                redirect.addFlashAttribute("success", "The quorum rule has been saved");
                return "redirect:/p/" + partnership.getSlug() + "/groups/" + groupId + "/meetings";
            } catch (StaleEdit stale) {
                error = stale.getMessage();
                version = register.quorumRule(partnership.getId(), groupId).getVersion();
            } catch (Refused refused) {
                error = refused.getMessage();
            }
        }
        model.addAttribute("group", group);
        model.addAttribute("minimumPresent", minimumPresent);
        model.addAttribute("eachSafeguardingPartner", eachSafeguardingPartner);
        model.addAttribute("version", version);
        model.addAttribute("minimumError", error);
        return "meetings/quorum";
    }
}
