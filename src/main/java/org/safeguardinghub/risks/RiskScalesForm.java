package org.safeguardinghub.risks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.validation.BindingResult;

/** The partnership's word for each point from 1 to 5 of the likelihood and the impact scales. */
record RiskScalesForm(List<String> likelihood, List<String> impact) {

    /** The fields top to bottom, as the page names them: likelihood1 to likelihood5, then impact1 to impact5. */
    static final List<String> FIELDS = Stream.of("likelihood", "impact")
            .flatMap(axis -> IntStream.rangeClosed(1, 5).mapToObj(i -> axis + i)).toList();

    static RiskScalesForm of(Map<String, String> values) {
        var likelihood = new ArrayList<String>();
        var impact = new ArrayList<String>();
        for (var i = 1; i <= 5; i++) {
            likelihood.add(values.getOrDefault("likelihood" + i, ""));
            impact.add(values.getOrDefault("impact" + i, ""));
        }
        return new RiskScalesForm(likelihood, impact);
    }

    /** Every point needs a word; each one missing is named, so that all can be put right at once. */
    void validate(BindingResult result) {
        for (var i = 1; i <= 5; i++) {
            if (likelihood.get(i - 1).isBlank()) {
                result.rejectValue("likelihood" + i, "required", "Enter a word for likelihood " + i);
            }
            if (impact.get(i - 1).isBlank()) {
                result.rejectValue("impact" + i, "required", "Enter a word for impact " + i);
            }
        }
    }
}
