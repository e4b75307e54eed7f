package org.safeguardinghub.partnership;

import org.safeguardinghub.access.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The groups as the tree they report in. */
@Controller
class StructureController {

    private final PartnershipStructure structure;

    StructureController(PartnershipStructure structure) {
        this.structure = structure;
    }

    @GetMapping("/p/{partnership}/structure")
    String structure(Partnership partnership, CurrentUser user, Model model) {
        model.addAttribute("tree", structure.tree(user, partnership.getId()));
        model.addAttribute("gaps", structure.gaps(user, partnership.getId()));
        return "partnership/structure";
    }
}
