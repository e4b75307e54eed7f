package org.safeguardinghub.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.govuk.Cells;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every page's header needs: the signed-in user, the partnership in the URL, the partnerships
 * the user can switch to, and whether they may change things here.
 */
@ControllerAdvice(basePackages = "org.safeguardinghub")
class PageChrome {

    private final CurrentUserResolver users;
    private final Partnerships partnerships;
    private final ModuleAccessRules moduleRules;
    private final Cells cells;

    PageChrome(CurrentUserResolver users, Partnerships partnerships, ModuleAccessRules moduleRules, Cells cells) {
        this.users = users;
        this.partnerships = partnerships;
        this.moduleRules = moduleRules;
        this.cells = cells;
    }

    /**
     * The escaped pieces of table cells and summary list values, as {@code cells}: Thymeleaf 3.1 refuses a bean
     * reference ({@code @cells}) and {@code #root} inside the parameters of a fragment, which is where pages pass them.
     */
    @ModelAttribute("cells")
    org.safeguardinghub.govuk.Cells cells() {
        return CELLS;
    }

    private static final org.safeguardinghub.govuk.Cells CELLS = new org.safeguardinghub.govuk.Cells();

    @ModelAttribute
    void chrome(HttpServletRequest request, org.springframework.ui.Model model) {
        // Thymeleaf refuses bean references (@cells) inside fragment parameters, so pages reach it as a model attribute.
        model.addAttribute("cells", cells);
        var user = users.resolve(request, SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        model.addAttribute("currentUser", user);
        // Still to give the second factor: the header offers signing out and nothing that would be refused.
        if (user == null || org.safeguardinghub.accounts.SecondFactor.isPending(SecurityContextHolder.getContext().getAuthentication())) {
            model.addAttribute("secondFactorPending", user != null);
            return;
        }
        List<Partnership> mine = partnerships.withIds(user.partnershipIds());
        model.addAttribute("myPartnerships", mine);
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var slug = variables == null ? null : variables.get("partnership");
        if (slug != null) {
            mine.stream().filter(p -> p.getSlug().equals(slug)).findFirst().ifPresent(p -> {
                model.addAttribute("currentPartnership", p);
                model.addAttribute("canManage", user.canManage(p.getId()));
                model.addAttribute("canOversee", user.hasAnyRole(p.getId(), Role.BUSINESS_UNIT, Role.CHAIR));
                model.addAttribute("myRoles", user.rolesIn(p.getId()));
                model.addAttribute("canSeeCaseReviews", moduleRules.allows(AccessRules.Rule.CASE_REVIEW_READER, user, p.getId(), Map.of()));
                model.addAttribute("canReferCases", moduleRules.allows(AccessRules.Rule.CASE_REFERRER, user, p.getId(), Map.of()));
            });
        }
    }
}
