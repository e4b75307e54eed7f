package org.safeguardinghub.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of a briefing as blocks to show: paragraphs (separated by a blank line) and bulleted
 * lists (lines starting "- " or "* ").
 */
public record BriefingSection(String id, String heading, List<Block> blocks) {

    public record Block(boolean list, List<String> lines) {
    }

    static BriefingSection of(String id, String heading, String text) {
        var blocks = new ArrayList<Block>();
        for (var chunk : text.split("\n\\s*\n")) {
            var paragraph = new ArrayList<String>();
            var bullets = new ArrayList<String>();
            for (var line : chunk.strip().split("\n")) {
                var trimmed = line.strip();
                if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                    if (!paragraph.isEmpty()) {
                        blocks.add(new Block(false, List.of(String.join(" ", paragraph))));
                        paragraph.clear();
                    }
                    bullets.add(trimmed.substring(2).strip());
                } else if (!trimmed.isEmpty()) {
                    if (!bullets.isEmpty()) {
                        blocks.add(new Block(true, List.copyOf(bullets)));
                        bullets.clear();
                    }
                    paragraph.add(trimmed);
                }
            }
            if (!paragraph.isEmpty()) {
                blocks.add(new Block(false, List.of(String.join(" ", paragraph))));
            }
            if (!bullets.isEmpty()) {
                blocks.add(new Block(true, List.copyOf(bullets)));
            }
        }
        return new BriefingSection(id, heading, blocks);
    }
}
