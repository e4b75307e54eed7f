package org.safeguardinghub.learning;

import org.springframework.modulith.NamedInterface;

/** The words of a learning briefing, section by section, as a seven-minute briefing sets them out. */
@NamedInterface("api")
public record BriefingText(String title, String background, String learning, String whyItMatters, String whatToDo,
        String reflection, String furtherReading) {
}
