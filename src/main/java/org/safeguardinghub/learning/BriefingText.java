package org.safeguardinghub.learning;

/** The words of a learning briefing, section by section, as a seven-minute briefing sets them out. */
public record BriefingText(String title, String background, String learning, String whyItMatters, String whatToDo,
        String reflection, String furtherReading) {
}
