package org.safeguardinghub.partnership;

import java.util.List;

/** A group in the structure tree with its current chair and the groups that report to it. */
public record GroupNode(Group group, String chair, List<GroupNode> children) {
}
