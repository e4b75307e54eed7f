package org.safeguardinghub.risks;

import org.safeguardinghub.rules.Refused;
import org.springframework.modulith.NamedInterface;

/** Likelihood and impact, each 1 to 5; the score is their product. */
@NamedInterface("api")
public record Rating(int likelihood, int impact) {

    public Rating {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new Refused(null, "Likelihood and impact are each rated from 1 to 5");
        }
    }

    public int score() {
        return likelihood * impact;
    }

    /** The band a score falls in, as on the heat map. */
    public String band() {
        var score = score();
        return score >= 15 ? "High" : score >= 8 ? "Medium" : score >= 4 ? "Low" : "Very low";
    }

    public String tagClass() {
        var score = score();
        return score >= 15 ? "govuk-tag govuk-tag--red" : score >= 8 ? "govuk-tag govuk-tag--orange"
                : score >= 4 ? "govuk-tag govuk-tag--yellow" : "govuk-tag govuk-tag--green";
    }

    @Override
    public String toString() {
        return likelihood + " × " + impact + " = " + score();
    }
}
