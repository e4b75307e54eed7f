package org.safeguardinghub.learning;

import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.rules.Refused;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/**
 * One point of learning from a review or audit, tagged with themes. It is followed through the
 * actions raised for it on the tracker; it is closed when all of them are.
 */
@Entity
@NamedInterface("api")
public class LearningFinding implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    @Enumerated(EnumType.STRING)
    private LearningSource sourceType;
    private String sourceReference;
    private LocalDate sourceDate;
    private String finding;
    private String recommendation;
    private Long sourceId;
    private boolean confidential;
    private Long groupId;
    private String recordedBy;
    private LocalDate recordedOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "learning_finding_theme", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new LinkedHashSet<>();
    @Version
    private int version;

    protected LearningFinding() {
    }

    LearningFinding(long partnershipId, FindingDetails details, String recordedBy, LocalDate recordedOn) {
        this.partnershipId = partnershipId;
        this.recordedBy = recordedBy;
        this.recordedOn = recordedOn;
        set(details);
    }

    void change(int expectedVersion, FindingDetails details) {
        StaleEdit.check(version, expectedVersion, "finding");
        set(details);
    }

    private void set(FindingDetails d) {
        if (d.sourceType() == null) {
            throw new Refused("sourceType", "Select where the finding came from");
        }
        if (d.sourceReference() == null || d.sourceReference().isBlank()) {
            throw new Refused("sourceReference", "Enter the review's reference or name");
        }
        if (d.sourceDate() == null) {
            throw new Refused("sourceDate", "Enter the date of the review");
        }
        if (d.finding() == null || d.finding().isBlank()) {
            throw new Refused("finding", "Enter the finding");
        }
        if (d.confidential() && d.groupId() == null) {
            throw new Refused("groupId", "Select the group that oversees a confidential finding's actions");
        }
        this.sourceType = d.sourceType();
        this.sourceReference = d.sourceReference().strip();
        this.sourceDate = d.sourceDate();
        this.finding = d.finding().strip();
        this.recommendation = d.recommendation() == null || d.recommendation().isBlank() ? null : d.recommendation().strip();
        this.confidential = d.confidential();
        this.groupId = d.groupId();
        this.themeIds.clear();
        if (d.themeIds() != null) {
            this.themeIds.addAll(d.themeIds());
        }
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    /** "F12". */
    public String getReference() {
        return "F" + id;
    }

    public LearningSource getSourceType() {
        return sourceType;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public LocalDate getSourceDate() {
        return sourceDate;
    }

    public String getFinding() {
        return finding;
    }

    /** What the review recommends about it; its actions then need an owner organisation. */
    public String getRecommendation() {
        return recommendation;
    }

    /** The record it came from, when the review is held in the Hub (read with {@link #getSourceType}). */
    public Long getSourceId() {
        return sourceId;
    }

    void cameFrom(long sourceId) {
        this.sourceId = sourceId;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public int getVersion() {
        return version;
    }
}
