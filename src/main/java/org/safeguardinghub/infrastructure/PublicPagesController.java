package org.safeguardinghub.infrastructure;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PublicPagesController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "public/accessibility";
    }
}
