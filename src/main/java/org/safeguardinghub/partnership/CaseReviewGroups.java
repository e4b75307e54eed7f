package org.safeguardinghub.partnership;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Which group a partnership has chosen as its joint case review group. The choice is kept by the
 * case reviews module; {@link Visibilities} asks it so that who reads case reviews is decided with
 * everything else about who sees what.
 */
@NamedInterface("api")
public interface CaseReviewGroups {

    Optional<Long> of(long partnershipId);
}
