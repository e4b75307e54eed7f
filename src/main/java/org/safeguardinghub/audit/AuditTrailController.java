package org.safeguardinghub.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguardinghub.govuk.Choices;
import org.safeguardinghub.govuk.Pagination;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators search the whole trail. */
@Controller
class AuditTrailController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditTrailController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, Model model) {
        var query = new AuditTrail.AuditQuery(actor, recordType, recordId, action, from, to);
        var result = trail.search(query, Math.max(1, page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("recordTypes", Choices.withPrompt("Any", trail.recordTypes(), t -> t, t -> t, recordType));
        model.addAttribute("actions", Choices.withPrompt("Anything", Arrays.asList(AuditAction.values()), Enum::name,
                AuditAction::label, action));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("actor", actor);
        params.put("recordType", recordType);
        params.put("recordId", recordId);
        params.put("action", action);
        params.put("from", from);
        params.put("to", to);
        var base = UriComponentsBuilder.fromPath("/admin/audit");
        params.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) base.queryParam(k, v);
        });
        model.addAttribute("pagination", new Pagination(result.page(), result.pages(), base.build().encode().toUriString()));
        return "audit/search";
    }
}
