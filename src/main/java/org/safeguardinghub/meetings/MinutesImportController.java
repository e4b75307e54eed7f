package org.safeguardinghub.meetings;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.meetings.extraction.MinutesExtractor;
import org.safeguardinghub.meetings.extraction.MinutesRejected;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing minutes written elsewhere into a group's meetings: upload, a preview where the
 * business unit checks and corrects what was read, and confirmation, which saves it all at once.
 * Until then the preview lives in the person's session and nothing is written to the database.
 */
@Controller
class MinutesImportController {

    private static final String DRAFTS = "minutesImports";
    private static final int KEPT_DRAFTS = 5;

    private final Meetings meetings;
    private final MinutesMatching matching;
    private final Partnerships partnerships;
    private final PartnershipStructure structure;
    private final People people;
    private final Organisations organisations;
    private final MinutesExtractor extractor = new MinutesExtractor();

    MinutesImportController(Meetings meetings, MinutesMatching matching, Partnerships partnerships,
            PartnershipStructure structure, People people, Organisations organisations) {
        this.meetings = meetings;
        this.matching = matching;
        this.partnerships = partnerships;
        this.structure = structure;
        this.people = people;
        this.organisations = organisations;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("heldOn.*", "startsAt", "endsAt", "location", "onlineLink", "attendees*", "items*",
                "actions*", "decisions*");
    }

    private Partnership partnership(String slug) {
        return partnerships.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Group group(Partnership partnership, long id, CurrentUser user) {
        return structure.groupFor(user, partnership.getId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/p/{partnership}/groups/{group}/meetings/import")
    String uploadForm(@PathVariable("partnership") String slug, @PathVariable("group") long groupId, CurrentUser user,
            Model model) {
        model.addAttribute("group", group(partnership(slug), groupId, user));
        return "meetings/import-upload";
    }

    @PostMapping("/p/{partnership}/groups/{group}/meetings/import")
    String upload(@PathVariable("partnership") String slug, @PathVariable("group") long groupId, CurrentUser user,
            @RequestParam(name = "minutes", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        var partnership = partnership(slug);
        var group = group(partnership, groupId, user);
        var result = new MapBindingResult(new HashMap<>(), "upload");
        MinutesDraft draft = null;
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            result.rejectValue("minutes", "required", "Select a file of minutes");
        } else {
            try {
                var read = extractor.read(safeName(file.getOriginalFilename()), file.getBytes());
                draft = matching.draft(partnership.getId(), group.getId(), read);
            } catch (MinutesRejected rejected) {
                result.rejectValue("minutes", "rejected", rejected.getMessage());
            } catch (RuntimeException unreadable) {
                result.rejectValue("minutes", "unreadable", "The selected file could not be read. Check it opens, "
                        + "save it again as Word (.docx), PDF, Markdown (.md) or text (.txt), and try again");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("group", group);
            model.addAttribute("errors", FormErrors.of(result, List.of("minutes"), Set.of()));
            return "meetings/import-upload";
        }
        drafts(session).put(draft.id(), draft);
        return "redirect:/p/" + slug + "/groups/" + groupId + "/meetings/import/" + draft.id();
    }

    @GetMapping("/p/{partnership}/groups/{group}/meetings/import/{import}")
    String preview(@PathVariable("partnership") String slug, @PathVariable("group") long groupId,
            @PathVariable("import") String importId, CurrentUser user, HttpSession session, Model model) {
        var partnership = partnership(slug);
        var group = group(partnership, groupId, user);
        var draft = draft(session, importId, partnership, groupId);
        return showPreview(partnership, group, draft, MinutesPreviewForm.of(draft), model);
    }

    @PostMapping("/p/{partnership}/groups/{group}/meetings/import/{import}")
    String confirm(@PathVariable("partnership") String slug, @PathVariable("group") long groupId,
            @PathVariable("import") String importId, CurrentUser user, HttpSession session,
            @ModelAttribute("form") MinutesPreviewForm form, Model model, RedirectAttributes redirect) {
        var partnership = partnership(slug);
        var group = group(partnership, groupId, user);
        var draft = draft(session, importId, partnership, groupId);
        form.alignWith(draft);
        var result = new MapBindingResult(new HashMap<>(), "form");
        var order = new ArrayList<String>();
        var confirmed = confirmed(partnership, group, draft, form, user, result, order);
        Meeting meeting = null;
        if (!result.hasErrors()) {
            try {
                meeting = meetings.importMinutes(confirmed);
            } catch (Refused refused) {
                var field = refused.field() != null && order.contains(refused.field()) ? refused.field() : "heldOn";
                result.rejectValue(field, "refused", refused.getMessage()
                        + ("heldOn".equals(field) || refused.field() != null ? "" : ". Nothing has been saved"));
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(result, order, dateFields(draft)));
            return showPreview(partnership, group, draft, form, model);
        }
        drafts(session).remove(importId);
        redirect.addFlashAttribute("success", "The minutes of " + Meetings.DAY.format(meeting.getHeldOn())
                + " have been imported as a draft");
        return "redirect:/p/" + slug + "/meetings/" + meeting.getId() + "/minutes";
    }

    // The preview

    private String showPreview(Partnership partnership, Group group, MinutesDraft draft, MinutesPreviewForm form,
            Model model) {
        var everyone = people.allIn(partnership.getId());
        var names = new HashMap<Long, String>();
        everyone.forEach(p -> names.put(p.getId(), p.getFullName()));
        var current = organisations.in(partnership.getId()).stream().filter(o -> !o.hasLeft())
                .map(OrganisationInPartnership::organisation).toList();
        model.addAttribute("group", group);
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("importPath", "/p/" + partnership.getSlug() + "/groups/" + group.getId() + "/meetings/import/" + draft.id());
        var attendeeItems = new ArrayList<List<Map<String, Object>>>();
        for (var field : form.getAttendees()) {
            attendeeItems.add(choices(field.getPersonId(), "Leave out of the attendance record", everyone, List.of(), false));
        }
        model.addAttribute("attendeeItems", attendeeItems);
        var statusItems = new ArrayList<List<Map<String, Object>>>();
        for (var field : form.getAttendees()) {
            var items = new ArrayList<Map<String, Object>>();
            for (var status : List.of(AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT)) {
                items.add(option(status.name(), status == AttendanceStatus.ABSENT ? "Not in attendance" : status.label(),
                        status.name().equals(field.getStatus())));
            }
            statusItems.add(items);
        }
        model.addAttribute("statusItems", statusItems);
        var ownerItems = new ArrayList<List<List<Map<String, Object>>>>();
        var itemItems = new ArrayList<List<Map<String, Object>>>();
        for (var field : form.getActions()) {
            var perSlot = new ArrayList<List<Map<String, Object>>>();
            for (int slot = 0; slot < field.getOwners().size(); slot++) {
                perSlot.add(choices(field.getOwners().get(slot), slot == 0 ? "Choose the owner" : "No other owner",
                        everyone, current, true));
            }
            ownerItems.add(perSlot);
            itemItems.add(itemChoices(form, field.getItem()));
        }
        model.addAttribute("ownerItems", ownerItems);
        model.addAttribute("actionItemItems", itemItems);
        var decisionItems = new ArrayList<List<Map<String, Object>>>();
        form.getDecisions().forEach(d -> decisionItems.add(itemChoices(form, d.getItem())));
        model.addAttribute("decisionItemItems", decisionItems);
        model.addAttribute("personNames", names);
        model.addAttribute("sameDay", draft.date() == null ? List.of() : meetings.ofGroupOn(group.getId(), draft.date()));
        var flagged = draft.attendees().stream().filter(a -> a.note() != null).count()
                + draft.actions().stream().filter(a -> !a.notes().isEmpty()).count()
                + draft.decisions().stream().filter(d -> d.note() != null).count();
        model.addAttribute("flagged", flagged);
        return "meetings/import-preview";
    }

    private static List<Map<String, Object>> choices(String chosen, String prompt, List<Person> everyone,
            List<Organisation> organisationChoices, boolean owners) {
        var items = new ArrayList<Map<String, Object>>();
        items.add(option("", prompt, chosen == null || chosen.isBlank()));
        if (owners) {
            items.add(option(MinutesDraft.ALL_PARTNERS, "All partners", MinutesDraft.ALL_PARTNERS.equals(chosen)));
        }
        for (var person : everyone) {
            var value = owners ? MinutesDraft.person(person.getId()) : String.valueOf(person.getId());
            items.add(option(value, person.getFullName() + (person.getJobTitle() == null ? "" : ", " + person.getJobTitle()),
                    value.equals(chosen)));
        }
        for (var organisation : organisationChoices) {
            var value = MinutesDraft.organisation(organisation.getId());
            items.add(option(value, organisation.getName() + " (organisation)", value.equals(chosen)));
        }
        return items;
    }

    private static List<Map<String, Object>> itemChoices(MinutesPreviewForm form, String chosen) {
        var items = new ArrayList<Map<String, Object>>();
        items.add(option("", "Choose the item", chosen == null || chosen.isBlank()));
        for (int i = 0; i < form.getItems().size(); i++) {
            var title = form.getItems().get(i).getTitle();
            items.add(option(String.valueOf(i), "Item " + (i + 1) + ": " + (title == null ? "" : title),
                    String.valueOf(i).equals(chosen)));
        }
        return items;
    }

    private static Map<String, Object> option(String value, String text, boolean selected) {
        var option = new LinkedHashMap<String, Object>();
        option.put("value", value);
        option.put("text", text);
        option.put("selected", selected);
        return option;
    }

    private static Set<String> dateFields(MinutesDraft draft) {
        var fields = new HashSet<String>();
        fields.add("heldOn");
        for (int i = 0; i < draft.actions().size(); i++) {
            fields.add("action-" + i + "-dueOn");
        }
        return fields;
    }

    /** Checks the preview as posted and turns it into what the import saves; problems go into {@code result}. */
    private ConfirmedMinutes confirmed(Partnership partnership, Group group, MinutesDraft draft, MinutesPreviewForm form,
            CurrentUser user, MapBindingResult result, List<String> order) {
        order.addAll(List.of("heldOn", "startsAt", "endsAt", "location", "onlineLink"));
        LocalDate heldOn = null;
        if (form.getHeldOn().isBlank()) {
            result.rejectValue("heldOn", "required", "Enter the date of the meeting");
        } else {
            var problem = form.getHeldOn().problem("the date of the meeting");
            if (problem.isPresent()) {
                result.rejectValue("heldOn", "invalid", problem.get());
            } else {
                heldOn = form.getHeldOn().toDate().orElseThrow();
            }
        }
        var startsAt = time(form.getStartsAt());
        if (form.getStartsAt() == null || form.getStartsAt().isBlank()) {
            result.rejectValue("startsAt", "required", "Enter the time the meeting started, for example 14:15");
        } else if (startsAt == null) {
            result.rejectValue("startsAt", "invalid", "Enter the start time as hours and minutes, for example 14:15 or 2:15pm");
        }
        var endsAt = time(form.getEndsAt());
        if (form.getEndsAt() != null && !form.getEndsAt().isBlank() && endsAt == null) {
            result.rejectValue("endsAt", "invalid", "Enter the end time as hours and minutes, for example 16:45 or 4:45pm");
        } else if (endsAt != null && startsAt != null && !endsAt.isAfter(startsAt)) {
            result.rejectValue("endsAt", "order", "End time must be after the start time");
        }
        var location = blankToNull(form.getLocation());
        var link = blankToNull(form.getOnlineLink());
        if (location == null && link == null) {
            result.rejectValue("location", "required", "Enter where the meeting was held or its online link");
        }
        if (link != null && !link.startsWith("https://")) {
            result.rejectValue("onlineLink", "invalid", "Enter the online link in full, starting https://");
        }

        var attendees = new ArrayList<ConfirmedMinutes.Attendee>();
        var chosen = new HashSet<Long>();
        for (int i = 0; i < form.getAttendees().size(); i++) {
            var field = form.getAttendees().get(i);
            var id = "attendee-" + i + "-person";
            order.add(id);
            if (field.getPersonId().isBlank()) {
                continue;
            }
            Long personId = parseLong(field.getPersonId());
            AttendanceStatus status = null;
            try {
                status = AttendanceStatus.valueOf(field.getStatus());
            } catch (RuntimeException e) {
                // reported below
            }
            if (personId == null) {
                result.rejectValue(id, "invalid", "Choose who " + draft.attendees().get(i).name() + " is, or leave them out");
            } else if (!chosen.add(personId)) {
                result.rejectValue(id, "twice", "The same person is chosen twice; choose who "
                        + draft.attendees().get(i).name() + " is, or leave them out");
            } else if (status == null || status == AttendanceStatus.REPRESENTED) {
                result.rejectValue(id, "status", "Choose whether " + draft.attendees().get(i).name()
                        + " was present, sent apologies or was not in attendance");
            } else {
                attendees.add(new ConfirmedMinutes.Attendee(personId, status));
            }
        }

        var items = new ArrayList<ConfirmedMinutes.Item>();
        for (int i = 0; i < form.getItems().size(); i++) {
            var field = form.getItems().get(i);
            var id = "item-" + i + "-title";
            order.add(id);
            if (field.getTitle() == null || field.getTitle().isBlank()) {
                result.rejectValue(id, "required", "Enter the title of item " + (i + 1));
            }
            items.add(new ConfirmedMinutes.Item(field.getTitle(), field.isConfidential()));
        }
        if (items.isEmpty()) {
            result.rejectValue("heldOn", "items", "No agenda items were read from these minutes, so they cannot be imported. "
                    + "Check the file has numbered items");
        }

        var actions = new ArrayList<ConfirmedMinutes.Action>();
        for (int i = 0; i < form.getActions().size(); i++) {
            var field = form.getActions().get(i);
            var prefix = "action-" + i;
            order.addAll(List.of(prefix + "-text", prefix + "-item", prefix + "-owner-0", prefix + "-dueOn"));
            if (field.getText() == null || field.getText().isBlank()) {
                continue; // cleared: left out
            }
            if (field.getText().length() > 2000) {
                result.rejectValue(prefix + "-text", "long", "Action " + (i + 1) + " must be 2000 characters or fewer");
            }
            var item = parseIndex(field.getItem(), items.size());
            if (item == null) {
                result.rejectValue(prefix + "-item", "required", "Choose the item action " + (i + 1) + " was raised under");
            }
            var persons = new LinkedHashSet<Long>();
            var organisationIds = new LinkedHashSet<Long>();
            var all = false;
            for (var owner : field.getOwners()) {
                if (owner == null || owner.isBlank()) {
                    continue;
                }
                if (owner.equals(MinutesDraft.ALL_PARTNERS)) {
                    all = true;
                } else if (owner.startsWith("person:") && parseLong(owner.substring(7)) != null) {
                    persons.add(parseLong(owner.substring(7)));
                } else if (owner.startsWith("organisation:") && parseLong(owner.substring(13)) != null) {
                    organisationIds.add(parseLong(owner.substring(13)));
                }
            }
            if (persons.isEmpty() && organisationIds.isEmpty() && !all) {
                result.rejectValue(prefix + "-owner-0", "required", "Choose who owns action " + (i + 1)
                        + ": a person, an organisation or all partners");
            }
            LocalDate due = null;
            var problem = field.getDueOn().problem("the due date of action " + (i + 1));
            if (problem.isPresent()) {
                result.rejectValue(prefix + "-dueOn", "invalid", problem.get());
            } else {
                due = field.getDueOn().toDate().orElse(null);
            }
            actions.add(new ConfirmedMinutes.Action(item == null ? -1 : item, field.getText().strip(), persons,
                    organisationIds, all, due));
        }

        var decisions = new ArrayList<ConfirmedMinutes.Decision>();
        for (int i = 0; i < form.getDecisions().size(); i++) {
            var field = form.getDecisions().get(i);
            var prefix = "decision-" + i;
            order.addAll(List.of(prefix + "-text", prefix + "-item"));
            if (field.getText() == null || field.getText().isBlank()) {
                continue;
            }
            var item = parseIndex(field.getItem(), items.size());
            if (item == null) {
                result.rejectValue(prefix + "-item", "required", "Choose the item decision " + (i + 1) + " was made on");
            }
            decisions.add(new ConfirmedMinutes.Decision(item == null ? -1 : item, field.getText().strip()));
        }
        return new ConfirmedMinutes(partnership.getId(), group.getId(), draft.fileName(), heldOn, startsAt, endsAt,
                location, link, attendees, items, actions, decisions, user.username());
    }

    // Drafts in the session

    @SuppressWarnings("unchecked")
    private static Map<String, MinutesDraft> drafts(HttpSession session) {
        var drafts = (Map<String, MinutesDraft>) session.getAttribute(DRAFTS);
        if (drafts == null) {
            // The oldest preview is dropped once a person has several open, so a session stays small.
            drafts = new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, MinutesDraft> eldest) {
                    return size() > KEPT_DRAFTS;
                }
            };
            session.setAttribute(DRAFTS, drafts);
        }
        return drafts;
    }

    private static MinutesDraft draft(HttpSession session, String importId, Partnership partnership, long groupId) {
        var draft = drafts(session).get(importId);
        if (draft == null || draft.partnershipId() != partnership.getId() || draft.groupId() != groupId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return draft;
    }

    /** Times are read as on the schedule form: 14:15, 14.15, 2:15pm, 2pm. */
    static LocalTime time(String text) {
        return text == null ? null : ScheduleMeetingForm.time(text).orElse(null);
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer parseIndex(String text, int size) {
        var value = text == null ? null : parseLong(text);
        return value == null || value < 0 || value >= size ? null : value.intValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "minutes";
        }
        var base = name.replace('\\', '/');
        return base.substring(base.lastIndexOf('/') + 1);
    }
}
