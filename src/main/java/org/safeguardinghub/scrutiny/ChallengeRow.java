package org.safeguardinghub.scrutiny;

import org.springframework.modulith.NamedInterface;

/** A challenge with the name of whoever it was put to. */
@NamedInterface("api")
public record ChallengeRow(Challenge challenge, String toName) {
}
