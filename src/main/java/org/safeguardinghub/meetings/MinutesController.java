package org.safeguardinghub.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.actions.RaiseActionForm;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing the minutes item by item (notes, decisions, actions, matters for the parent group),
 * reading them, and taking them through circulation, approval, publication and amendment.
 */
@Controller
class MinutesController {

    private static final List<String> ITEM_FIELDS = List.of("notes", "decisionText", "description", "firstOwnerId",
            "secondOwnerId", "ownerOrganisationIds", "allPartners", "dueOn", "matter", "response", "amendmentText",
            "amendmentReason");

    private final MeetingLookup lookup;
    private final MinutesBook minutesBook;
    private final MattersRaised matters;
    private final AttendanceRegister register;
    private final PartnershipStructure structure;
    private final People people;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final MeetingMail meetingMail;
    private final StandingReports reports;
    private final Clock clock;

    MinutesController(MeetingLookup lookup, MinutesBook minutesBook, MattersRaised matters, AttendanceRegister register,
            PartnershipStructure structure, People people, Organisations organisations, AuditTrail audit,
            MeetingMail meetingMail, StandingReports reports, Clock clock) {
        this.reports = reports;
        this.lookup = lookup;
        this.minutesBook = minutesBook;
        this.matters = matters;
        this.register = register;
        this.structure = structure;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.meetingMail = meetingMail;
        this.clock = clock;
    }

    @InitBinder("action")
    void allowOnlyActionFields(WebDataBinder binder) {
        binder.setAllowedFields("description", "firstOwnerId", "secondOwnerId", "ownerOrganisationIds", "allPartners",
                "dueOn.*", "pastDueConfirmed", "keepIdentifyingDetails", "identifyingDetailsReason");
    }

    // One item

    @GetMapping("/p/{partnership}/meetings/{meeting}/items/{item}")
    String item(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("item") long itemId, CurrentUser user, Model model) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var item = lookup.item(user, meeting, itemId);
        if (item.isConfidential()) {
            audit.recordView(partnership.getId(), "AgendaItem", itemId, "Opened a confidential agenda item");
        }
        return itemPage(model, user, partnership, meeting, item, new RaiseActionForm(), null, new HashMap<>());
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/items/{item}/notes")
    String notes(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("item") long itemId, CurrentUser user, @RequestParam(defaultValue = "") String notes,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var item = lookup.item(user, meeting, itemId);
        var result = new MapBindingResult(new HashMap<>(), "item");
        try {
            minutesBook.writeNotes(partnership.getId(), meetingId, itemId, version, notes);
            return saved(redirect, partnership, meetingId, itemId, "The notes have been saved");
        } catch (StaleEdit stale) {
            // Their notes are shown above the box, which keeps what this person wrote.
            FormErrors.reject(result, stale);
            model.addAttribute("savedNotes", lookup.item(user, meeting, itemId).getNotes());
        } catch (Refused refused) {
            FormErrors.reject(result, refused);
        }
        return itemPage(model, user, partnership, meeting, item, new RaiseActionForm(), result,
                new HashMap<>(java.util.Map.of("notes", notes)));
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/items/{item}/decisions")
    String decision(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("item") long itemId, CurrentUser user, @RequestParam(defaultValue = "") String decisionText,
            Model model, RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var item = lookup.item(user, meeting, itemId);
        var result = new MapBindingResult(new HashMap<>(), "item");
        try {
            minutesBook.recordDecision(partnership.getId(), meetingId, itemId, decisionText, user.username());
            return saved(redirect, partnership, meetingId, itemId, "The decision has been recorded");
        } catch (Refused refused) {
            FormErrors.reject(result, refused);
        }
        return itemPage(model, user, partnership, meeting, item, new RaiseActionForm(), result,
                new HashMap<>(java.util.Map.of("decisionText", decisionText)));
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/items/{item}/actions")
    String action(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("item") long itemId, CurrentUser user, @ModelAttribute("action") RaiseActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var item = lookup.item(user, meeting, itemId);
        if (form.getDescription() == null || form.getDescription().isBlank()) {
            result.rejectValue("description", "required", "Enter what needs to be done");
        } else if (form.getDescription().length() > 2000) {
            result.rejectValue("description", "long", "The action must be 2000 characters or fewer");
        }
        // Minutes are often written after the meeting: a due date before today is still questioned.
        form.validate(result, LocalDate.now(clock));
        if (!result.hasErrors()) {
            try {
                var id = minutesBook.raiseAction(partnership.getId(), meetingId, itemId, form.getDescription(),
                        form.ownerPersonIds(), Set.copyOf(form.getOwnerOrganisationIds()), form.isAllPartners(),
                        form.getDueOn().toDate().orElse(null), user.username());
                audit.recordIdentifyingDetailsKept(partnership.getId(), "Action", id, form);
                return saved(redirect, partnership, meetingId, itemId, "Action " + id + " has been raised on the tracker");
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return itemPage(model, user, partnership, meeting, item, form, result, new HashMap<>());
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/items/{item}/matters")
    String raiseMatter(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("item") long itemId, CurrentUser user, @RequestParam(defaultValue = "") String matter,
            Model model, RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var item = lookup.item(user, meeting, itemId);
        var result = new MapBindingResult(new HashMap<>(), "item");
        try {
            matters.raiseMatter(partnership.getId(), meetingId, itemId, matter);
            return saved(redirect, partnership, meetingId, itemId, "The matter has been raised with the parent group");
        } catch (Refused refused) {
            FormErrors.reject(result, refused);
        }
        return itemPage(model, user, partnership, meeting, item, new RaiseActionForm(), result,
                new HashMap<>(java.util.Map.of("matter", matter)));
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/items/{item}/answers/{escalation}")
    String answerMatter(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("item") long itemId, @PathVariable("escalation") long escalationId, CurrentUser user,
            @RequestParam(defaultValue = "") String response, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var item = lookup.item(user, meeting, itemId);
        var result = new MapBindingResult(new HashMap<>(), "item");
        try {
            matters.answerMatter(partnership.getId(), meetingId, itemId, escalationId, version, response);
            return saved(redirect, partnership, meetingId, itemId, "The answer has been recorded; the subgroup can see it");
        } catch (Refused refused) {
            FormErrors.reject(result, refused);
        }
        model.addAttribute("answering", escalationId);
        return itemPage(model, user, partnership, meeting, item, new RaiseActionForm(), result,
                new HashMap<>(java.util.Map.of("response", response)));
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/items/{item}/amendments")
    String amend(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("item") long itemId, CurrentUser user, @RequestParam(defaultValue = "") String amendmentText,
            @RequestParam(defaultValue = "") String amendmentReason, Model model, RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var item = lookup.item(user, meeting, itemId);
        var result = new MapBindingResult(new HashMap<>(), "item");
        try {
            minutesBook.amend(partnership.getId(), meetingId, itemId, amendmentText, amendmentReason, user.username());
            return saved(redirect, partnership, meetingId, itemId, "The amendment has been recorded beside the approved minutes");
        } catch (Refused refused) {
            FormErrors.reject(result, refused);
        }
        return itemPage(model, user, partnership, meeting, item, new RaiseActionForm(), result,
                new HashMap<>(java.util.Map.of("amendmentText", amendmentText, "amendmentReason", amendmentReason)));
    }

    private static String saved(RedirectAttributes redirect, Partnership partnership, long meetingId, long itemId, String message) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId + "/items/" + itemId;
    }

    private String itemPage(Model model, CurrentUser user, Partnership partnership, Meeting meeting, AgendaItem item,
            RaiseActionForm action, BindingResult result, java.util.Map<String, String> typed) {
        var group = lookup.group(user, partnership, meeting.getGroupId());
        var minutes = minutesBook.minutes(user, meeting, false).stream()
                .filter(m -> m.item().getId().equals(item.getId())).findFirst().orElseThrow();
        model.addAttribute("meeting", meeting);
        model.addAttribute("group", group);
        model.addAttribute("minutes", minutes);
        model.addAttribute("item", minutes.item());
        model.addAttribute("reportHtml", item.getKind().isReport()
                ? reports.of(meeting, List.of(minutes.item())).get(item.getId()) : null);
        model.addAttribute("parent", group.getParentId() == null ? null
                : structure.group(partnership.getId(), group.getParentId()).orElse(null));
        model.addAttribute("mayWrite", user.canManage(partnership.getId()) && !meeting.getMinutesStatus().isSettled());
        model.addAttribute("mayAmend", user.canManage(partnership.getId()) && meeting.getMinutesStatus().isSettled());
        model.addAttribute("waitingMatters", item.getKind() == AgendaItemKind.MATTERS_RAISED
                ? matters.mattersRaisedTo(user, partnership.getId(), group.getId()).stream().filter(e -> !e.isAnswered()).toList() : List.of());
        model.addAttribute("groupNames", groupNames(partnership));
        model.addAttribute("action", action);
        model.addAttribute("typed", typed);
        var everyone = people.allIn(partnership.getId());
        model.addAttribute("firstOwnerItems", Choices.withPrompt("Select a person", everyone, Person::getId, Person::getFullName, action.getFirstOwnerId()));
        model.addAttribute("secondOwnerItems", Choices.withPrompt("No second owner", everyone, Person::getId, Person::getFullName, action.getSecondOwnerId()));
        var current = organisations.in(partnership.getId()).stream().filter(o -> !o.hasLeft())
                .map(OrganisationInPartnership::organisation).toList();
        var organisationItems = new java.util.ArrayList<java.util.Map<String, Object>>();
        for (var organisation : current) {
            organisationItems.add(new HashMap<>(java.util.Map.of("value", organisation.getId(), "text", organisation.getName(),
                    "checked", action.getOwnerOrganisationIds().contains(organisation.getId()))));
        }
        model.addAttribute("organisationItems", organisationItems);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, ITEM_FIELDS, Set.of("dueOn")));
        }
        return "meetings/item";
    }

    // The minutes as a whole

    @GetMapping("/p/{partnership}/meetings/{meeting}/minutes")
    String minutes(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            @RequestParam(defaultValue = "false") boolean published, Model model) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var group = lookup.group(user, partnership, meeting.getGroupId());
        var minutes = minutesBook.minutes(user, meeting, published);
        if (group.isConfidential() || minutes.stream().anyMatch(m -> m.item().isConfidential() && !m.withheld())) {
            audit.recordView(partnership.getId(), "Meeting", meetingId, "Read minutes with confidential business");
        }
        var sheet = register.attendanceSheet(partnership.getId(), meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("group", group);
        model.addAttribute("minutes", minutes);
        model.addAttribute("reports", reports.of(meeting, minutes.stream().filter(m -> !m.withheld())
                .map(MinutesOfItem::item).toList()));
        model.addAttribute("published", published);
        model.addAttribute("present", sheet.stream().filter(r -> r.status() == AttendanceStatus.PRESENT && r.member()).toList());
        model.addAttribute("represented", sheet.stream().filter(r -> r.status() == AttendanceStatus.REPRESENTED).toList());
        model.addAttribute("inAttendance", sheet.stream().filter(r -> r.status() == AttendanceStatus.PRESENT && !r.member()).toList());
        model.addAttribute("apologies", sheet.stream().filter(r -> r.status() == AttendanceStatus.APOLOGIES).toList());
        model.addAttribute("absent", sheet.stream().filter(r -> r.status() == AttendanceStatus.ABSENT).toList());
        model.addAttribute("conflicts", register.conflictsOf(user, meeting, published));
        model.addAttribute("personNames", personNames(partnership));
        model.addAttribute("report", register.attendanceReport(partnership.getId(), meeting));
        model.addAttribute("approvedAt", minutesBook.approvedAt(meeting).orElse(null));
        model.addAttribute("generalAmendments", minutesBook.generalAmendments(meetingId));
        model.addAttribute("groupNames", groupNames(partnership));
        return "meetings/minutes";
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/difference")
    String differenceMade(Partnership partnership, @PathVariable("meeting") long meetingId,
            CurrentUser user, @RequestParam(defaultValue = "") String differenceMade, @RequestParam int version,
            RedirectAttributes redirect) {
        lookup.meeting(user, partnership, meetingId);
        try {
            minutesBook.recordDifferenceMade(partnership.getId(), meetingId, version, differenceMade);
            redirect.addFlashAttribute("success", "Saved");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId + "/minutes";
    }

    /** Circulates the draft to the group's members: the email says where to read it, never what it says. */
    @PostMapping("/p/{partnership}/meetings/{meeting}/circulate")
    String circulate(Partnership partnership, @PathVariable("meeting") long meetingId,
            CurrentUser user, @RequestParam int version, RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var group = lookup.group(user, partnership, meeting.getGroupId());
        try {
            minutesBook.circulate(partnership.getId(), meetingId, version);
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId + "/minutes";
        }
        var sent = meetingMail.draftCirculated(partnership, group, meeting);
        redirect.addFlashAttribute("success", "The draft minutes have been circulated to " + sent
                + (sent == 1 ? " member" : " members"));
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId + "/minutes";
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/approve-previous")
    String approvePrevious(Partnership partnership, @PathVariable("meeting") long meetingId,
            CurrentUser user, RedirectAttributes redirect) {
        lookup.meeting(user, partnership, meetingId);
        try {
            var decision = minutesBook.approvePreviousMinutes(partnership.getId(), meetingId, user.username());
            redirect.addFlashAttribute("success", decision.getText());
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId;
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/publish")
    String publish(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            @RequestParam int version, RedirectAttributes redirect) {
        lookup.meeting(user, partnership, meetingId);
        try {
            minutesBook.publish(partnership.getId(), meetingId, version);
            redirect.addFlashAttribute("success", "The minutes are published, with confidential items left out");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId + "/minutes";
    }

    private java.util.Map<Long, String> groupNames(Partnership partnership) {
        var names = new HashMap<Long, String>();
        structure.groups(partnership.getId()).forEach(g -> names.put(g.getId(), g.getName()));
        return names;
    }

    private java.util.Map<Long, String> personNames(Partnership partnership) {
        var names = new HashMap<Long, String>();
        people.allIn(partnership.getId()).forEach(p -> names.put(p.getId(), p.getFullName()));
        return names;
    }
}
