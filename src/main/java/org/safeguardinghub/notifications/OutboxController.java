package org.safeguardinghub.notifications;

import org.safeguardinghub.govuk.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The administrator's view of every email the Hub has written. One-time links are hidden. */
@Controller
class OutboxController {

    private final Mailer mailer;

    OutboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(defaultValue = "1") int page, Model model) {
        var messages = mailer.outbox(page, 50);
        model.addAttribute("messages", messages.getContent());
        model.addAttribute("smtp", mailer.deliversBySmtp());
        model.addAttribute("pagination", new Pagination(Math.max(1, page), Math.max(1, messages.getTotalPages()), "/admin/outbox"));
        return "notifications/outbox";
    }

    @GetMapping("/admin/outbox/{message}")
    String message(@PathVariable("message") long id, Model model) {
        model.addAttribute("message", mailer.message(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("attachments", mailer.attachmentsOf(id));
        return "notifications/message";
    }
}
