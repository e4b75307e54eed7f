package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.govuk.Pagination;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.UploadedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The diary of meetings, scheduling one, its page with the agenda, and its papers. */
@Controller
class MeetingController {

    private static final List<String> SCHEDULE_FIELDS = List.of("heldOn", "startsAt", "endsAt", "location", "onlineLink");
    private static final List<String> ITEM_FIELDS = List.of("title", "report", "presenter", "confidential");

    private final MeetingLookup lookup;
    private final MeetingDiary diary;
    private final AttendanceRegister register;
    private final MinutesBook minutesBook;
    private final MattersRaised matters;
    private final PartnershipStructure structure;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingController(MeetingLookup lookup, MeetingDiary diary, AttendanceRegister register, MinutesBook minutesBook,
            MattersRaised matters, PartnershipStructure structure, AuditTrail audit, Clock clock) {
        this.lookup = lookup;
        this.diary = diary;
        this.register = register;
        this.minutesBook = minutesBook;
        this.matters = matters;
        this.structure = structure;
        this.audit = audit;
        this.clock = clock;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("heldOn.*", "startsAt", "endsAt", "location", "onlineLink", "version");
    }

    @GetMapping("/p/{partnership}/meetings")
    String diary(Partnership partnership, CurrentUser user,
            @RequestParam(defaultValue = "1") int page, Model model) {
        var found = diary.visible(user, partnership.getId(), page, 50);
        model.addAttribute("meetings", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("groupNames", groupNames(partnership));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("pagination", new Pagination(Math.max(1, page), Math.max(1, found.getTotalPages()),
                "/p/" + partnership.getSlug() + "/meetings"));
        return "meetings/diary";
    }

    @GetMapping("/p/{partnership}/groups/{group}/meetings")
    String groupMeetings(Partnership partnership, @PathVariable("group") long groupId,
            CurrentUser user, Model model) {
        var group = lookup.group(user, partnership, groupId);
        model.addAttribute("group", group);
        model.addAttribute("meetings", diary.ofGroup(groupId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("quorumRule", register.quorumRule(partnership.getId(), groupId));
        var raisedBy = matters.mattersRaisedBy(user, partnership.getId(), groupId);
        var raisedTo = matters.mattersRaisedTo(user, partnership.getId(), groupId);
        model.addAttribute("raisedBy", raisedBy);
        model.addAttribute("raisedTo", raisedTo);
        var itemIds = new java.util.HashSet<Long>();
        raisedBy.forEach(e -> { itemIds.add(e.getRaisedAtItemId()); itemIds.add(e.getAnsweredAtItemId()); });
        raisedTo.forEach(e -> { itemIds.add(e.getRaisedAtItemId()); itemIds.add(e.getAnsweredAtItemId()); });
        itemIds.remove(null);
        model.addAttribute("meetingOfItem", matters.meetingsOfItems(itemIds));
        model.addAttribute("groupNames", groupNames(partnership));
        return "meetings/group-meetings";
    }

    @GetMapping("/p/{partnership}/groups/{group}/meetings/new")
    String scheduleForm(Partnership partnership, @PathVariable("group") long groupId,
            CurrentUser user, Model model) {
        return scheduleForm(model, lookup.group(user, partnership, groupId), null, new ScheduleMeetingForm(), null);
    }

    @PostMapping("/p/{partnership}/groups/{group}/meetings/new")
    String schedule(Partnership partnership, @PathVariable("group") long groupId, CurrentUser user,
            @ModelAttribute("form") ScheduleMeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var group = lookup.group(user, partnership, groupId);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                var meeting = diary.schedule(form.toCommand(partnership.getId(), groupId));
                redirect.addFlashAttribute("success", "The meeting has been scheduled. Add items to its agenda, then send the invitations");
                return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meeting.getId();
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return scheduleForm(model, group, null, form, result);
    }

    @GetMapping("/p/{partnership}/meetings/{meeting}/edit")
    String rescheduleForm(Partnership partnership, @PathVariable("meeting") long meetingId,
            CurrentUser user, Model model) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        return scheduleForm(model, lookup.group(user, partnership, meeting.getGroupId()), meeting,
                ScheduleMeetingForm.of(meeting), null);
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/edit")
    String reschedule(Partnership partnership, @PathVariable("meeting") long meetingId,
            CurrentUser user, @ModelAttribute("form") ScheduleMeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var group = lookup.group(user, partnership, meeting.getGroupId());
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                diary.reschedule(partnership.getId(), meetingId, form.getVersion(),
                        form.toCommand(partnership.getId(), group.getId()));
                redirect.addFlashAttribute("success", "The meeting's date and place have been changed");
                return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId;
            } catch (StaleEdit stale) {
                FormErrors.reject(result, stale);
                form.setVersion(diary.find(partnership.getId(), meetingId).orElseThrow().getVersion());
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return scheduleForm(model, group, meeting, form, result);
    }

    private String scheduleForm(Model model, Group group, Meeting meeting, ScheduleMeetingForm form, BindingResult result) {
        model.addAttribute("group", group);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, SCHEDULE_FIELDS, Set.of("heldOn")));
        }
        return "meetings/schedule";
    }

    @GetMapping("/p/{partnership}/meetings/{meeting}")
    String show(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            Model model) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var group = lookup.group(user, partnership, meeting.getGroupId());
        var minutes = minutesBook.minutes(user, meeting, false);
        if (group.isConfidential() || minutes.stream().anyMatch(m -> m.item().isConfidential() && !m.withheld())) {
            audit.recordView(partnership.getId(), "Meeting", meetingId, "Opened a meeting with confidential business");
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("group", group);
        model.addAttribute("agenda", minutes);
        model.addAttribute("previous", diary.previous(meeting).orElse(null));
        model.addAttribute("approvedAt", minutesBook.approvedAt(meeting).orElse(null));
        model.addAttribute("outstandingActions", minutesBook.outstandingActionsBefore(user, meeting));
        model.addAttribute("mattersRaised", matters.mattersRaisedTo(user, partnership.getId(), group.getId()).stream()
                .filter(e -> !e.isAnswered() && !e.getRaisedOn().isAfter(meeting.getHeldOn())).toList());
        model.addAttribute("groupNames", groupNames(partnership));
        model.addAttribute("quorum", register.quorum(partnership.getId(), meeting));
        var sheet = register.attendanceSheet(partnership.getId(), meeting);
        model.addAttribute("attendanceRecorded", sheet.stream().anyMatch(r -> r.status() != null));
        model.addAttribute("presentCount", sheet.stream().filter(r -> r.status() != null && r.status().seatFilled()).count());
        model.addAttribute("apologiesCount", sheet.stream().filter(r -> r.status() == AttendanceStatus.APOLOGIES).count());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("isBusinessUnit", user.hasAnyRole(partnership.getId(), Role.BUSINESS_UNIT));
        return "meetings/meeting";
    }

    @GetMapping("/p/{partnership}/meetings/{meeting}/items/new")
    String itemForm(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            Model model) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        return itemForm(model, meeting, lookup.group(user, partnership, meeting.getGroupId()), "", "", false, null);
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/items/new")
    String addItem(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String presenter,
            @RequestParam(defaultValue = "false") boolean confidential, @RequestParam(defaultValue = "item") String adding,
            @RequestParam(defaultValue = "") String report, Model model, RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var result = new MapBindingResult(new HashMap<>(), "item");
        AgendaItemKind kind = null;
        if (adding.equals("report")) {
            kind = java.util.Arrays.stream(AgendaItemKind.values()).filter(k -> k.isReport() && k.name().equals(report))
                    .findFirst().orElse(null);
            if (kind == null) {
                result.rejectValue("report", "required", "Select the report to add");
            }
        } else if (title.isBlank()) {
            result.rejectValue("title", "required", "Enter the item's title");
        } else if (title.length() > 300) {
            result.rejectValue("title", "long", "The title must be 300 characters or fewer");
        }
        if (!result.hasErrors()) {
            try {
                var item = kind != null ? diary.addReport(partnership.getId(), meetingId, kind, presenter, confidential)
                        : diary.addItem(partnership.getId(), meetingId, title, presenter, confidential);
                redirect.addFlashAttribute("success", (kind != null ? "The " + kind.standardTitle().toLowerCase(java.util.Locale.UK)
                        + " report, item " : "Item ") + item.getPosition() + ", has been added to the agenda");
                return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId;
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return itemForm(model, meeting, lookup.group(user, partnership, meeting.getGroupId()), title, presenter,
                confidential, result);
    }

    private String itemForm(Model model, Meeting meeting, Group group, String title, String presenter,
            boolean confidential, BindingResult result) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("group", group);
        model.addAttribute("itemTitle", title);
        model.addAttribute("presenter", presenter);
        model.addAttribute("confidential", confidential);
        var whole = group.getKind() == org.safeguardinghub.partnership.GroupKind.BOARD
                || group.getKind() == org.safeguardinghub.partnership.GroupKind.EXECUTIVE;
        var reportItems = new java.util.ArrayList<java.util.Map<String, Object>>();
        reportItems.add(java.util.Map.of("value", AgendaItemKind.BUSINESS_PLAN_PROGRESS.name(), "text", "Business plan progress",
                "hint", java.util.Map.of("text", whole ? "Every group's activities by RAG status in the latest quarter, with those rated red or amber"
                        : "The group's work plan by RAG status in the latest quarter, with activities rated red or amber")));
        reportItems.add(java.util.Map.of("value", AgendaItemKind.RISK_REGISTER.name(), "text", "Risk register",
                "hint", java.util.Map.of("text", whole ? "Every open risk by current rating, those above appetite and reviews overdue"
                        : "The group's own register by current rating, those above appetite and reviews overdue")));
        reportItems.add(java.util.Map.of("value", AgendaItemKind.CHALLENGE_LOG.name(), "text", "Challenge log",
                "hint", java.util.Map.of("text", whole ? "Open challenges and overdue responses" : "Open challenges put to the group and overdue responses")));
        model.addAttribute("reportItems", reportItems);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, ITEM_FIELDS, Set.of()));
        }
        return "meetings/item-form";
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/items/{item}/papers")
    String uploadPaper(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("item") long itemId, CurrentUser user, @RequestParam(required = false) MultipartFile paper,
            RedirectAttributes redirect) throws IOException {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var item = lookup.item(user, meeting, itemId);
        var back = "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId + "/items/" + itemId;
        if (paper == null || paper.isEmpty() && (paper.getOriginalFilename() == null || paper.getOriginalFilename().isBlank())) {
            redirect.addFlashAttribute("paperError", "Select a paper to upload");
            return back;
        }
        try {
            var document = UploadedDocument.check(paper.getOriginalFilename(), paper.getBytes());
            diary.addPaper(partnership.getId(), meetingId, item.getId(), document, user.username());
            redirect.addFlashAttribute("success", document.fileName() + " has been added to the item's papers");
        } catch (UploadedDocument.Rejected rejected) {
            redirect.addFlashAttribute("paperError", rejected.getMessage());
        }
        return back;
    }

    @GetMapping("/p/{partnership}/meetings/{meeting}/papers/{paper}")
    ResponseEntity<byte[]> paper(Partnership partnership, @PathVariable("meeting") long meetingId,
            @PathVariable("paper") long paperId, CurrentUser user) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var download = diary.paper(partnership.getId(), meetingId, paperId).orElseThrow(MeetingLookup::notFound);
        lookup.item(user, meeting, download.item().getId());
        if (download.item().isConfidential() || structure.group(partnership.getId(), meeting.getGroupId())
                .map(Group::isConfidential).orElse(false)) {
            audit.recordView(partnership.getId(), "AgendaPaper", paperId, "Downloaded a confidential paper");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.paper().getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.paper().getFileName()).build().toString())
                .body(download.content());
    }

    @GetMapping("/p/{partnership}/meetings/{meeting}/history")
    String history(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            Model model) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var group = lookup.group(user, partnership, meeting.getGroupId());
        model.addAttribute("recordName", group.getName() + ", " + MeetingDiary.DAY.format(meeting.getHeldOn()));
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/meetings/" + meetingId);
        model.addAttribute("events", audit.historyOf("Meeting", meetingId));
        return "audit/history";
    }

    private java.util.Map<Long, String> groupNames(Partnership partnership) {
        var names = new HashMap<Long, String>();
        structure.groups(partnership.getId()).forEach(g -> names.put(g.getId(), g.getName()));
        return names;
    }
}
