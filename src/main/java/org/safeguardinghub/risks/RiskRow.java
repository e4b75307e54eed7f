package org.safeguardinghub.risks;

import org.springframework.modulith.NamedInterface;

/** A risk with the names a page or an export needs. */
@NamedInterface("api")
public record RiskRow(Risk risk, String groupName, String escalatedToName, String ownerName, String priorityName) {
}
