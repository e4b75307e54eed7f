package org.safeguardinghub.partnership;

import org.safeguardinghub.access.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The groups as the tree they report in. */
@Controller
class StructureController {

    private final Partnerships partnerships;
    private final PartnershipStructure structure;

    StructureController(Partnerships partnerships, PartnershipStructure structure) {
        this.partnerships = partnerships;
        this.structure = structure;
    }

    @GetMapping("/p/{partnership}/structure")
    String structure(@PathVariable("partnership") String slug, CurrentUser user, Model model) {
        var partnership = partnerships.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tree", structure.tree(user, partnership.getId()));
        model.addAttribute("gaps", structure.gaps(user, partnership.getId()));
        return "partnership/structure";
    }
}
