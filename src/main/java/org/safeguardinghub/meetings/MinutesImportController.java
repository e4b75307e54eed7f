package org.safeguardinghub.meetings;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
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

    private final MinutesImport minutesImport;
    private final MeetingDiary diary;
    private final MinutesMatching matching;
    private final MeetingLookup lookup;
    private final People people;
    private final Organisations organisations;
    private final MinutesExtractor extractor = new MinutesExtractor();

    MinutesImportController(MinutesImport minutesImport, MeetingDiary diary, MinutesMatching matching,
            MeetingLookup lookup, People people, Organisations organisations) {
        this.minutesImport = minutesImport;
        this.diary = diary;
        this.matching = matching;
        this.lookup = lookup;
        this.people = people;
        this.organisations = organisations;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("heldOn.*", "startsAt", "endsAt", "location", "onlineLink", "attendees*", "items*",
                "actions*", "decisions*");
    }

    @GetMapping("/p/{partnership}/groups/{group}/meetings/import")
    String uploadForm(Partnership partnership, @PathVariable("group") long groupId, CurrentUser user,
            Model model) {
        model.addAttribute("group", lookup.group(user, partnership, groupId));
        return "meetings/import-upload";
    }

    @PostMapping("/p/{partnership}/groups/{group}/meetings/import")
    String upload(Partnership partnership, @PathVariable("group") long groupId, CurrentUser user,
            @RequestParam(name = "minutes", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        var group = lookup.group(user, partnership, groupId);
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
        return "redirect:/p/" + partnership.getSlug() + "/groups/" + groupId + "/meetings/import/" + draft.id();
    }

    @GetMapping("/p/{partnership}/groups/{group}/meetings/import/{import}")
    String preview(Partnership partnership, @PathVariable("group") long groupId,
            @PathVariable("import") String importId, CurrentUser user, HttpSession session, Model model) {
        var group = lookup.group(user, partnership, groupId);
        var draft = draft(session, importId, partnership, groupId);
        return showPreview(partnership, group, draft, MinutesPreviewForm.of(draft), model);
    }

    @PostMapping("/p/{partnership}/groups/{group}/meetings/import/{import}")
    String confirm(Partnership partnership, @PathVariable("group") long groupId,
            @PathVariable("import") String importId, CurrentUser user, HttpSession session,
            @ModelAttribute("form") MinutesPreviewForm form, Model model, RedirectAttributes redirect) {
        var group = lookup.group(user, partnership, groupId);
        var draft = draft(session, importId, partnership, groupId);
        form.alignWith(draft);
        var result = new MapBindingResult(new HashMap<>(), "form");
        var confirmed = form.confirm(draft, user.username(), result);
        Meeting meeting = null;
        if (!result.hasErrors()) {
            try {
                meeting = minutesImport.importMinutes(confirmed);
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(result, form.fieldOrder(), form.dateFields()));
            return showPreview(partnership, group, draft, form, model);
        }
        drafts(session).remove(importId);
        redirect.addFlashAttribute("success", "The minutes of " + MeetingDiary.DAY.format(meeting.getHeldOn())
                + " have been imported as a draft");
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meeting.getId() + "/minutes";
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
        model.addAttribute("sameDay", draft.date() == null ? List.of() : diary.ofGroupOn(group.getId(), draft.date()));
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
            throw MeetingLookup.notFound();
        }
        return draft;
    }





    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "minutes";
        }
        var base = name.replace('\\', '/');
        return base.substring(base.lastIndexOf('/') + 1);
    }
}
