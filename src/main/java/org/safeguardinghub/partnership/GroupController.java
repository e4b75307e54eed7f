package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.audit.AuditTrail;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A group's page, its details, its members and its terms of reference. */
@Controller
class GroupController {

    private static final List<String> FIELDS = List.of("name", "kind", "parentId", "purpose", "meetingFrequency",
            "confidential", "endsOn");

    private final PartnershipStructure structure;
    private final AuditTrail audit;

    GroupController(PartnershipStructure structure, AuditTrail audit) {
        this.structure = structure;
        this.audit = audit;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "kind", "parentId", "purpose", "meetingFrequency", "confidential", "endsOn.*",
                "version", "document", "agreedOn.*");
    }

    /** A group of this partnership that this user may see; confidential groups are hidden from others. */
    private Group group(Partnership partnership, long id, CurrentUser user) {
        return structure.groupFor(user, partnership.getId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/p/{partnership}/groups/{group}")
    String show(Partnership partnership, @PathVariable("group") long id, CurrentUser user, Model model) {
        var group = group(partnership, id, user);
        if (group.isConfidential()) {
            audit.recordView(partnership.getId(), "Group", id, "Opened the confidential group page");
        }
        var members = structure.membersOf(partnership.getId(), id);
        model.addAttribute("group", group);
        model.addAttribute("parent", group.getParentId() == null ? null
                : structure.groupFor(user, partnership.getId(), group.getParentId()).orElse(null));
        model.addAttribute("children", structure.visibleGroups(user, partnership.getId()).stream()
                .filter(g -> id == (g.getParentId() == null ? -1 : g.getParentId())).toList());
        model.addAttribute("currentMembers", members.stream().filter(Member::isCurrent).toList());
        model.addAttribute("pastMembers", members.stream().filter(m -> !m.isCurrent()).toList());
        model.addAttribute("termsOfReference", structure.termsOfReference(id));
        model.addAttribute("gaps", group.getEndsOn() != null && group.getEndsOn().isBefore(java.time.LocalDate.now())
                ? java.util.List.of() : structure.gapsOf(partnership.getId(), group));
        return "partnership/group";
    }

    @GetMapping("/p/{partnership}/groups/new")
    String newForm(Partnership partnership, @RequestParam(required = false) Long parent, Model model) {
        var form = new GroupForm();
        form.setParentId(parent);
        return form(model, partnership, form, null, null);
    }

    @PostMapping("/p/{partnership}/groups/new")
    String create(Partnership partnership, @Valid @ModelAttribute("form") GroupForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.validate(result);
        if (result.hasErrors()) {
            return form(model, partnership, form, result, null);
        }
        try {
            var group = structure.addGroup(partnership.getId(), form.getParentId(), form.getName(), form.getKind(),
                    form.getPurpose(), form.getMeetingFrequency(), form.isConfidential(), form.getEndsOn().toDate().orElse(null));
            redirect.addFlashAttribute("success", group.getName() + " has been added");
            return "redirect:/p/" + partnership.getSlug() + "/groups/" + group.getId();
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
        } catch (IllegalArgumentException invalid) {
            result.rejectValue("parentId", "invalid", invalid.getMessage());
        }
        return form(model, partnership, form, result, null);
    }

    @GetMapping("/p/{partnership}/groups/{group}/edit")
    String editForm(Partnership partnership, @PathVariable("group") long id, CurrentUser user,
            Model model) {
        var group = group(partnership, id, user);
        return form(model, partnership, GroupForm.of(group), null, group);
    }

    @PostMapping("/p/{partnership}/groups/{group}/edit")
    String update(Partnership partnership, @PathVariable("group") long id, CurrentUser user,
            @Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var group = group(partnership, id, user);
        form.validate(result);
        if (result.hasErrors()) {
            return form(model, partnership, form, result, group);
        }
        try {
            structure.updateGroup(partnership.getId(), id, form.getVersion(), form.getParentId(), form.getName(),
                    form.getKind(), form.getPurpose(), form.getMeetingFrequency(), form.isConfidential(),
                    form.getEndsOn().toDate().orElse(null));
            redirect.addFlashAttribute("success", "Your changes have been saved");
            return "redirect:/p/" + partnership.getSlug() + "/groups/" + id;
        } catch (DuplicateRecord duplicate) {
            result.rejectValue(duplicate.field(), "duplicate", duplicate.getMessage());
        } catch (IllegalArgumentException invalid) {
            result.rejectValue("parentId", "invalid", invalid.getMessage());
        } catch (StaleEdit | ObjectOptimisticLockingFailureException stale) {
            FormErrors.reject(result, new StaleEdit("group"));
            var latest = structure.group(partnership.getId(), id).orElseThrow();
            model.addAttribute("latest", latest);
            form.setVersion(latest.getVersion());
        }
        return form(model, partnership, form, result, group);
    }

    @GetMapping("/p/{partnership}/groups/{group}/history")
    String history(Partnership partnership, @PathVariable("group") long id, CurrentUser user,
            Model model) {
        var group = group(partnership, id, user);
        model.addAttribute("recordName", group.getName());
        model.addAttribute("backHref", "/p/" + partnership.getSlug() + "/groups/" + id);
        model.addAttribute("events", audit.historyOf("Group", id));
        return "audit/history";
    }

    private String form(Model model, Partnership partnership, GroupForm form, BindingResult result, Group editing) {
        model.addAttribute("form", form);
        model.addAttribute("group", editing);
        model.addAttribute("kinds", Choices.of(Arrays.asList(GroupKind.values()), Enum::name, GroupKind::label, form.getKind()));
        var parents = structure.groups(partnership.getId()).stream()
                .filter(g -> editing == null || !g.getId().equals(editing.getId())).toList();
        model.addAttribute("parents", Choices.withPrompt("It does not report to another group (the board)", parents,
                Group::getId, Group::getName, form.getParentId()));
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, FIELDS, Set.of("endsOn")));
        }
        return "partnership/group-form";
    }

    // Terms of reference

    @GetMapping("/p/{partnership}/groups/{group}/terms-of-reference/new")
    String termsOfReferenceForm(Partnership partnership, @PathVariable("group") long id,
            CurrentUser user, Model model) {
        model.addAttribute("group", group(partnership, id, user));
        model.addAttribute("form", new TermsOfReferenceForm());
        return "partnership/terms-of-reference-form";
    }

    @PostMapping("/p/{partnership}/groups/{group}/terms-of-reference/new")
    String uploadTermsOfReference(Partnership partnership, @PathVariable("group") long id,
            CurrentUser user, @ModelAttribute("form") TermsOfReferenceForm form, Model model, RedirectAttributes redirect)
            throws IOException {
        var file = form.getDocument();
        var agreedOn = form.getAgreedOn();
        var group = group(partnership, id, user);
        var result = new MapBindingResult(new HashMap<>(), "upload");
        UploadedDocument document = null;
        try {
            document = UploadedDocument.check(file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : file.getBytes());
        } catch (UploadedDocument.Rejected rejected) {
            result.rejectValue("document", "rejected", rejected.getMessage());
        }
        if (agreedOn.isBlank()) {
            result.rejectValue("agreedOn", "required", "Enter the date the terms of reference were agreed");
        } else {
            agreedOn.problem("the date agreed").ifPresent(p -> result.rejectValue("agreedOn", "invalid", p));
        }
        if (result.hasErrors()) {
            model.addAttribute("group", group);
            model.addAttribute("errors", FormErrors.of(result, List.of("document", "agreedOn"), Set.of("agreedOn")));
            return "partnership/terms-of-reference-form";
        }
        TermsOfReference saved;
        try {
            saved = structure.addTermsOfReference(partnership.getId(), id, agreedOn.toDate().orElseThrow(), document,
                    user.username());
        } catch (org.springframework.dao.DataIntegrityViolationException sameTime) {
            result.rejectValue("document", "race", "Someone else uploaded a version at the same moment. Upload yours again");
            model.addAttribute("group", group);
            model.addAttribute("errors", FormErrors.of(result, List.of("document", "agreedOn"), Set.of("agreedOn")));
            return "partnership/terms-of-reference-form";
        }
        redirect.addFlashAttribute("success", "Version " + saved.getVersionNumber() + " of the terms of reference has been added");
        return "redirect:/p/" + partnership.getSlug() + "/groups/" + id;
    }

    @GetMapping("/p/{partnership}/groups/{group}/terms-of-reference/{version}")
    ResponseEntity<byte[]> download(Partnership partnership, @PathVariable("group") long id,
            @PathVariable("version") long versionId, CurrentUser user) {
        var group = group(partnership, id, user);
        var document = structure.termsOfReferenceDocument(partnership.getId(), id, versionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (group.isConfidential()) {
            audit.recordView(partnership.getId(), "TermsOfReference", versionId,
                    "Downloaded the terms of reference of a confidential group");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.getFileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.getContent());
    }
}
