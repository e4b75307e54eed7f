package org.safeguardinghub.partnership;

import org.safeguardinghub.access.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a signed-in user lands: their partnership's overview, or a choice of partnerships. */
@Controller
class OverviewController {

    private final Partnerships partnerships;
    private final PartnershipStructure structure;
    private final Organisations organisations;

    OverviewController(Partnerships partnerships, PartnershipStructure structure, Organisations organisations) {
        this.partnerships = partnerships;
        this.structure = structure;
        this.organisations = organisations;
    }

    @GetMapping("/")
    String home(CurrentUser user) {
        var mine = partnerships.withIds(user.partnershipIds());
        if (mine.size() == 1) {
            return "redirect:/p/" + mine.getFirst().getSlug();
        }
        return "redirect:/partnerships";
    }

    @GetMapping("/partnerships")
    String choose(CurrentUser user, Model model) {
        model.addAttribute("partnerships", partnerships.withIds(user.partnershipIds()));
        return "partnership/choose";
    }

    @GetMapping("/partnerships/switch")
    String switchTo(@RequestParam(required = false) String to, CurrentUser user) {
        var target = to == null ? null : partnerships.bySlug(to).filter(p -> user.belongsTo(p.getId())).orElse(null);
        return target == null ? "redirect:/partnerships" : "redirect:/p/" + target.getSlug();
    }

    @GetMapping("/p/{partnership}")
    String overview(Partnership partnership, CurrentUser user, Model model) {
        var all = organisations.in(partnership.getId());
        model.addAttribute("groupCount", structure.visibleGroups(user, partnership.getId()).size());
        model.addAttribute("safeguardingPartners", all.stream()
                .filter(o -> o.organisation().getType().isSafeguardingPartner() && !o.hasLeft()).toList());
        model.addAttribute("organisationCount", all.stream().filter(o -> !o.hasLeft()).count());
        model.addAttribute("gaps", structure.gaps(user, partnership.getId()));
        return "partnership/overview";
    }
}
