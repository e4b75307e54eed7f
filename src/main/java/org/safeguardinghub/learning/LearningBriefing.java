package org.safeguardinghub.learning;

import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/**
 * A learning briefing in the seven-minute style. It is written as a draft; publishing needs every
 * section but further reading, and fixes it: a published briefing is public and is not rewritten.
 */
@Entity
@NamedInterface("api")
public class LearningBriefing implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private String title;
    private String background;
    private String learning;
    private String whyItMatters;
    private String whatToDo;
    private String reflection;
    private String furtherReading;
    private LocalDate publishedOn;
    private String publishedBy;
    @Version
    private int version;

    protected LearningBriefing() {
    }

    LearningBriefing(long partnershipId, BriefingText text) {
        this.partnershipId = partnershipId;
        set(text);
    }

    void change(int expectedVersion, BriefingText text) {
        checkVersion(expectedVersion);
        if (isPublished()) {
            throw new Refused(null, "This briefing has been published, so it cannot be changed");
        }
        set(text);
    }

    void publish(int expectedVersion, String by, LocalDate on) {
        checkVersion(expectedVersion);
        if (isPublished()) {
            throw new Refused(null, "This briefing has already been published");
        }
        var missing = new ArrayList<String>();
        if (blank(background)) missing.add("background");
        if (blank(learning)) missing.add("what happened and the learning");
        if (blank(whyItMatters)) missing.add("why it matters");
        if (blank(whatToDo)) missing.add("what to do");
        if (blank(reflection)) missing.add("questions for reflection");
        if (!missing.isEmpty()) {
            throw new Refused(null, "Before publishing, write these sections: " + String.join(", ", missing));
        }
        this.publishedOn = on;
        this.publishedBy = by;
    }

    private void checkVersion(int expectedVersion) {
        StaleEdit.check(version, expectedVersion, "briefing");
    }

    private void set(BriefingText t) {
        if (blank(t.title())) {
            throw new Refused("title", "Enter the briefing's title");
        }
        this.title = t.title().strip();
        this.background = tidy(t.background());
        this.learning = tidy(t.learning());
        this.whyItMatters = tidy(t.whyItMatters());
        this.whatToDo = tidy(t.whatToDo());
        this.reflection = tidy(t.reflection());
        this.furtherReading = tidy(t.furtherReading());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String tidy(String value) {
        return blank(value) ? null : value.strip().replace("\r\n", "\n");
    }

    /** The sections that have words, in the order they are read. */
    public List<BriefingSection> getSections() {
        var sections = new ArrayList<BriefingSection>();
        add(sections, "background", "Background", background);
        add(sections, "learning", "What happened and the learning", learning);
        add(sections, "why-it-matters", "Why it matters", whyItMatters);
        add(sections, "what-to-do", "What to do", whatToDo);
        add(sections, "reflection", "Questions for reflection", reflection);
        add(sections, "further-reading", "Further reading", furtherReading);
        return sections;
    }

    private static void add(List<BriefingSection> sections, String id, String heading, String text) {
        if (!blank(text)) {
            sections.add(BriefingSection.of(id, heading, text));
        }
    }

    BriefingText text() {
        return new BriefingText(title, background, learning, whyItMatters, whatToDo, reflection, furtherReading);
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public boolean isPublished() {
        return publishedOn != null;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public int getVersion() {
        return version;
    }
}
