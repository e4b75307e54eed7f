package org.safeguardinghub.actions;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.exports.Spreadsheet;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
import org.safeguardinghub.govuk.Pagination;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Organisation;
import org.safeguardinghub.partnership.OrganisationInPartnership;
import org.safeguardinghub.partnership.Organisations;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.People;
import org.safeguardinghub.partnership.Person;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The tracker's pages: the filtered list and its exports, raising an action, and one action. */
@Controller
class ActionTrackerController {

    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final List<String> EXPORT_HEADERS = List.of("Number", "Action", "Owners", "Group", "Source", "Raised",
            "Due", "Status");

    private final ActionTracker tracker;
    private final PartnershipStructure structure;
    private final People people;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    ActionTrackerController(ActionTracker tracker, PartnershipStructure structure,
            People people, Organisations organisations, AuditTrail audit, Clock clock) {
        this.tracker = tracker;
        this.structure = structure;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("description", "groupId", "firstOwnerId", "secondOwnerId", "ownerOrganisationIds",
                "allPartners", "dueOn.*", "pastDueConfirmed", "keepIdentifyingDetails", "identifyingDetailsReason");
    }

    @InitBinder("update")
    void allowOnlyUpdateFields(WebDataBinder binder) {
        binder.setAllowedFields("note", "status", "version", "keepIdentifyingDetails", "identifyingDetailsReason");
    }

    private ActionFilter filter(CurrentUser user, Long group, Long organisation, String owner,
            ActionStatus status, String show) {
        Long person = null;
        if ("me".equals(owner)) {
            person = user.personId() == null ? Long.valueOf(-1) : user.personId();
        } else if (owner != null && owner.matches("\\d{1,18}")) {
            person = Long.valueOf(owner);
        }
        return new ActionFilter(group, organisation, person, status, "outstanding".equals(show), "overdue".equals(show));
    }

    @GetMapping("/p/{partnership}/actions")
    String tracker(Partnership partnership, CurrentUser user,
            @RequestParam(required = false) Long group, @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) String owner, @RequestParam(required = false) ActionStatus status,
            @RequestParam(defaultValue = "outstanding") String show, @RequestParam(defaultValue = "1") int page,
            Model model) {
        var filter = filter(user, group, organisation, owner, status, show);
        var found = tracker.search(user, partnership.getId(), filter, page, PAGE_SIZE);
        model.addAttribute("actions", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        var query = UriComponentsBuilder.fromPath("");
        if (group != null) query.queryParam("group", group);
        if (organisation != null) query.queryParam("organisation", organisation);
        if (owner != null && !owner.isBlank()) query.queryParam("owner", owner);
        if (status != null) query.queryParam("status", status);
        query.queryParam("show", show);
        var queryString = query.build().encode().toUriString();
        model.addAttribute("query", queryString);
        model.addAttribute("pagination", new Pagination(Math.max(1, page), Math.max(1, found.getTotalPages()),
                "/p/" + partnership.getSlug() + "/actions" + queryString));
        var visibleGroups = structure.visibleGroups(user, partnership.getId());
        model.addAttribute("groupItems", Choices.withPrompt("Any group", visibleGroups, Group::getId, Group::getName, group));
        model.addAttribute("organisationItems", Choices.withPrompt("Any organisation", currentOrganisations(partnership),
                Organisation::getId, Organisation::getName, organisation));
        var ownerChoices = new java.util.ArrayList<java.util.Map<String, Object>>();
        ownerChoices.addAll(Choices.withPrompt("Anyone", List.of("me"), o -> o, o -> "Me", owner));
        ownerChoices.addAll(Choices.of(people.allIn(partnership.getId()), Person::getId, Person::getFullName, owner));
        model.addAttribute("ownerItems", ownerChoices);
        model.addAttribute("statusItems", Choices.withPrompt("Any status", Arrays.asList(ActionStatus.values()), Enum::name,
                ActionStatus::label, status));
        model.addAttribute("showItems", Choices.of(List.of("outstanding", "overdue", "all"), s -> s,
                s -> switch (s) {
                    case "outstanding" -> "Open and in progress";
                    case "overdue" -> "Overdue only";
                    default -> "Everything, including done and closed";
                }, show));
        model.addAttribute("canRaise", user.hasAnyRole(partnership.getId(), Role.BUSINESS_UNIT, Role.CHAIR));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("responsesGroup", group == null ? null
                : visibleGroups.stream().filter(g -> g.getId().equals(group)).findFirst().orElse(null));
        return "actions/tracker";
    }

    @GetMapping("/p/{partnership}/actions/export.csv")
    ResponseEntity<byte[]> exportCsv(Partnership partnership, CurrentUser user,
            @RequestParam(required = false) Long group, @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) String owner, @RequestParam(required = false) ActionStatus status,
            @RequestParam(defaultValue = "outstanding") String show) {
        var rows = exportRows(user, partnership, group, organisation, owner, status, show);
        return download(Spreadsheet.csv(EXPORT_HEADERS, rows), "text/csv; charset=UTF-8",
                partnership.getSlug() + "-actions.csv");
    }

    @GetMapping("/p/{partnership}/actions/export.xlsx")
    ResponseEntity<byte[]> exportExcel(Partnership partnership, CurrentUser user,
            @RequestParam(required = false) Long group, @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) String owner, @RequestParam(required = false) ActionStatus status,
            @RequestParam(defaultValue = "outstanding") String show) {
        var rows = exportRows(user, partnership, group, organisation, owner, status, show);
        return download(new Spreadsheet().sheet("Actions", EXPORT_HEADERS, rows).toBytes(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", partnership.getSlug() + "-actions.xlsx");
    }

    private List<List<Object>> exportRows(CurrentUser user, Partnership partnership, Long group, Long organisation,
            String owner, ActionStatus status, String show) {
        return tracker.export(user, partnership.getId(), filter(user, group, organisation, owner, status, show)).stream()
                .map(ActionTrackerController::exportRow).toList();
    }

    private static List<Object> exportRow(TrackedAction row) {
        var action = row.action();
        return List.of(action.getId(), action.getDescription(), row.owners(),
                row.groupName() == null ? "" : row.groupName(), sourceText(action.getSource()),
                action.getRaisedOn().format(DATE), action.getDueOn() == null ? "" : action.getDueOn().format(DATE),
                action.getStatus().label());
    }

    private static String sourceText(ActionSource source) {
        return source.label() == null ? source.type().label() : source.type().label() + ": " + source.label();
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private List<Organisation> currentOrganisations(Partnership partnership) {
        return organisations.in(partnership.getId()).stream().filter(o -> !o.hasLeft())
                .map(OrganisationInPartnership::organisation).toList();
    }

    @GetMapping("/p/{partnership}/actions/new")
    String raiseForm(Partnership partnership, CurrentUser user,
            @RequestParam(required = false) Long group, Model model) {
        var form = new RaiseActionForm();
        form.setGroupId(group);
        return raiseForm(model, user, partnership, form, null);
    }

    @PostMapping("/p/{partnership}/actions/new")
    String raise(Partnership partnership, CurrentUser user,
            @Valid @ModelAttribute("form") RaiseActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.validate(result, LocalDate.now(clock));
        if (form.getGroupId() != null && structure.groupFor(user, partnership.getId(), form.getGroupId()).isEmpty()) {
            result.rejectValue("groupId", "unknown", "Select a group from this partnership");
        }
        if (!result.hasErrors()) {
            try {
                var action = tracker.raise(new RaiseAction(partnership.getId(), form.getGroupId(), form.getDescription(),
                        form.ownerPersonIds(), Set.copyOf(form.getOwnerOrganisationIds()), form.isAllPartners(),
                        form.getDueOn().toDate().orElse(null), ActionSource.raisedDirectly(), user.username()));
                audit.recordIdentifyingDetailsKept(partnership.getId(), "Action", action.getId(), form);
                redirect.addFlashAttribute("success", "Action " + action.getId() + " has been raised");
                return "redirect:/p/" + partnership.getSlug() + "/actions/" + action.getId();
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return raiseForm(model, user, partnership, form, result);
    }

    private String raiseForm(Model model, CurrentUser user, Partnership partnership, RaiseActionForm form,
            BindingResult result) {
        var everyone = people.allIn(partnership.getId());
        var visibleGroups = structure.visibleGroups(user, partnership.getId());
        model.addAttribute("form", form);
        model.addAttribute("groupItems", Choices.withPrompt("Not for a particular group", visibleGroups, Group::getId,
                Group::getName, form.getGroupId()));
        model.addAttribute("firstOwnerItems", Choices.withPrompt("No named person", everyone, Person::getId,
                Person::getFullName, form.getFirstOwnerId()));
        model.addAttribute("secondOwnerItems", Choices.withPrompt("No second person", everyone, Person::getId,
                Person::getFullName, form.getSecondOwnerId()));
        var chosen = form.getOwnerOrganisationIds();
        var organisationItems = Choices.of(currentOrganisations(partnership), Organisation::getId, Organisation::getName, null);
        organisationItems.forEach(item -> item.put("checked", chosen.stream().anyMatch(id -> String.valueOf(id).equals(item.get("value")))));
        model.addAttribute("organisationItems", organisationItems);
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result,
                    List.of("description", "groupId", "firstOwnerId", "secondOwnerId", "ownerOrganisationIds", "dueOn"),
                    Set.of("dueOn")));
        }
        return "actions/raise";
    }

    private TrackedAction action(CurrentUser user, Partnership partnership, long id) {
        return tracker.find(user, partnership.getId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/p/{partnership}/actions/{action}")
    String show(Partnership partnership, @PathVariable("action") long id, CurrentUser user, Model model) {
        var tracked = action(user, partnership, id);
        if (tracked.action().getGroupId() != null && structure.group(partnership.getId(), tracked.action().getGroupId())
                .map(Group::isConfidential).orElse(false)) {
            audit.recordView(partnership.getId(), "Action", id, "Opened an action of a confidential group");
        }
        return show(model, user, partnership, tracked, new ActionUpdateForm(), null);
    }

    private String show(Model model, CurrentUser user, Partnership partnership, TrackedAction tracked,
            ActionUpdateForm update, BindingResult result) {
        update.setVersion(tracked.action().getVersion());
        if (update.getStatus() == null) {
            update.setStatus(tracked.action().getStatus() == ActionStatus.OPEN ? ActionStatus.IN_PROGRESS
                    : tracked.action().getStatus());
        }
        model.addAttribute("tracked", tracked);
        model.addAttribute("action", tracked.action());
        model.addAttribute("updates", tracker.updatesOf(tracked.action().getId()));
        model.addAttribute("update", update);
        model.addAttribute("mayRespond", tracker.mayRespond(user, tracked));
        model.addAttribute("mayClose", user.hasAnyRole(partnership.getId(), Role.BUSINESS_UNIT, Role.CHAIR));
        model.addAttribute("chaseUntil", LocalDate.now(clock).plusDays(tracker.responseDays()));
        model.addAttribute("statusItems", Choices.of(List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS,
                ActionStatus.DONE_BY_OWNER), Enum::name, ActionStatus::label, update.getStatus()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, List.of("note", "status", "decisionNote", "keepIdentifyingDetails",
                    "identifyingDetailsReason"), Set.of()));
        }
        return "actions/action";
    }

    @PostMapping("/p/{partnership}/actions/{action}/updates")
    String addUpdate(Partnership partnership, @PathVariable("action") long id, CurrentUser user,
            @Valid @ModelAttribute("update") ActionUpdateForm update, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var tracked = action(user, partnership, id);
        if (!tracker.mayRespond(user, tracked)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        update.checkUpdate(result);
        if (!result.hasErrors()) {
            try {
                tracker.addUpdate(user, partnership.getId(), id, update.getVersion(), update.getNote(), update.getStatus());
                audit.recordIdentifyingDetailsKept(partnership.getId(), "Action", id, update);
                redirect.addFlashAttribute("success", "Your update has been added");
                return "redirect:/p/" + partnership.getSlug() + "/actions/" + id;
            } catch (ObjectOptimisticLockingFailureException collision) {
                FormErrors.reject(result, StaleEdit.of(collision, "action"));
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return show(model, user, partnership, action(user, partnership, id), update, result);
    }

    @PostMapping("/p/{partnership}/actions/{action}/close")
    String close(Partnership partnership, @PathVariable("action") long id, CurrentUser user,
            @Valid @ModelAttribute("update") ActionUpdateForm update, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return decide(partnership, id, user, update, result, model, redirect, true);
    }

    @PostMapping("/p/{partnership}/actions/{action}/reopen")
    String reopen(Partnership partnership, @PathVariable("action") long id, CurrentUser user,
            @Valid @ModelAttribute("update") ActionUpdateForm update, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return decide(partnership, id, user, update, result, model, redirect, false);
    }

    private String decide(Partnership partnership, long id, CurrentUser user, ActionUpdateForm update, BindingResult result,
            Model model, RedirectAttributes redirect, boolean closing) {
        action(user, partnership, id);
        update.checkIdentifyingDetails(result);
        if (!result.hasErrors()) {
            try {
                if (closing) {
                    tracker.close(user, partnership.getId(), id, update.getVersion(), update.getNote());
                } else {
                    tracker.reopen(user, partnership.getId(), id, update.getVersion(), update.getNote());
                }
                audit.recordIdentifyingDetailsKept(partnership.getId(), "Action", id, update);
                redirect.addFlashAttribute("success", closing ? "The action has been closed" : "The action has been reopened");
                return "redirect:/p/" + partnership.getSlug() + "/actions/" + id;
            } catch (ObjectOptimisticLockingFailureException collision) {
                FormErrors.reject(result, StaleEdit.of(collision, "action"));
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("decision", update);
        return show(model, user, partnership, action(user, partnership, id), new ActionUpdateForm(), asDecision(result));
    }

    /** The close and reopen form has its own note box, so its errors point there, not at the update box. */
    private static BindingResult asDecision(BindingResult result) {
        var decision = new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "decision");
        result.getFieldErrors().forEach(e -> decision.rejectValue(
                "note".equals(e.getField()) ? "decisionNote" : e.getField(), e.getCode(), e.getDefaultMessage()));
        result.getGlobalErrors().forEach(e -> decision.reject(e.getCode(), e.getDefaultMessage()));
        return decision;
    }

    @PostMapping("/p/{partnership}/actions/{action}/chase")
    String chase(Partnership partnership, @PathVariable("action") long id, CurrentUser user,
            @RequestParam(name = "version", defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
        action(user, partnership, id);
        var result = new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "chase");
        try {
            var chased = tracker.chase(user, partnership.getId(), id, version);
            redirect.addFlashAttribute("success", "The owners have been emailed and asked to respond by "
                    + chased.getRespondBy().format(DateTimeFormatter.ofPattern("d MMMM yyyy")));
            return "redirect:/p/" + partnership.getSlug() + "/actions/" + id;
        } catch (ObjectOptimisticLockingFailureException collision) {
            FormErrors.reject(result, StaleEdit.of(collision, "action"));
        } catch (Refused refused) {
            FormErrors.reject(result, refused);
        }
        return show(model, user, partnership, action(user, partnership, id), new ActionUpdateForm(), result);
    }

    @GetMapping("/p/{partnership}/actions/{action}/history")
    String history(Partnership partnership, @PathVariable("action") long id, CurrentUser user,
            Model model) {
        var tracked = action(user, partnership, id);
        model.addAttribute("recordName", "Action " + id + ": " + abbreviate(tracked.action().getDescription()));
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/actions/" + id);
        model.addAttribute("events", audit.historyOf("Action", id));
        return "audit/history";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
