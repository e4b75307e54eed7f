package org.safeguardinghub.calendar;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.govuk.DateInput;
import org.safeguardinghub.govuk.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's list of bank holidays: add one, remove one. */
@Controller
class BankHolidayController {

    private final BankHolidays holidays;

    BankHolidayController(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("date.*", "name");
    }

    @GetMapping("/admin/bank-holidays")
    String list(Model model) {
        return page(model, new BankHolidayForm(), null);
    }

    @PostMapping("/admin/bank-holidays")
    String add(@ModelAttribute("form") BankHolidayForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form.getDate().problem("the date").ifPresent(p -> result.rejectValue("date", "invalid", p));
        if (!result.hasFieldErrors("date")) {
            try {
                var added = holidays.add(form.getDate().toDate().orElse(null), form.getName());
                redirect.addFlashAttribute("success", added.getName() + " on "
                        + added.getDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")) + " has been added");
                return "redirect:/admin/bank-holidays";
            } catch (Refused refused) {
                FormErrors.reject(result, refused);
            }
        }
        return page(model, form, result);
    }

    @PostMapping("/admin/bank-holidays/{holiday}/remove")
    String remove(@PathVariable("holiday") long id, @RequestParam(defaultValue = "0") int version, RedirectAttributes redirect) {
        try {
            holidays.remove(id, version);
            redirect.addFlashAttribute("success", "The bank holiday has been removed");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", StaleEdit.of(stale, "bank holiday").getMessage());
        }
        return "redirect:/admin/bank-holidays";
    }

    private String page(Model model, BankHolidayForm form, BindingResult result) {
        model.addAttribute("form", form);
        model.addAttribute("holidays", holidays.all());
        model.addAttribute("thisYear", holidays.today().getYear());
        if (result != null) {
            model.addAttribute("errors", FormErrors.of(result, List.of("date", "name"), Set.of("date")));
        }
        return "calendar/bank-holidays";
    }

    public static class BankHolidayForm {
        private DateInput date = new DateInput();
        private String name;

        public DateInput getDate() { return date; }
        public void setDate(DateInput date) { this.date = date; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }
}
