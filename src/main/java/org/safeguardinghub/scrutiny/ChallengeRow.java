package org.safeguardinghub.scrutiny;

/** A challenge with the name of whoever it was put to. */
public record ChallengeRow(Challenge challenge, String toName) {
}
