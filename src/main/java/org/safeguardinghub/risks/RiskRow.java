package org.safeguardinghub.risks;

/** A risk with the names a page or an export needs. */
public record RiskRow(Risk risk, String groupName, String escalatedToName, String ownerName, String priorityName) {
}
