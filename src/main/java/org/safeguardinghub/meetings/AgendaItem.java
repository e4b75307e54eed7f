package org.safeguardinghub.meetings;

import org.springframework.modulith.NamedInterface;

import org.safeguardinghub.rules.Refused;
import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.safeguardinghub.audit.AuditedRecord;

/** One item on a meeting's agenda, and the minutes of the discussion and challenge on it. */
@NamedInterface("api")
@Entity
public class AgendaItem implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long meetingId;
    private int position;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    private String title;
    private String presenter;
    private boolean confidential;
    private String notes;
    /** A standing report's summary as the minutes were approved: fixed, and shown instead of the live state. */
    private String reportSnapshot;
    private java.time.LocalDate reportFixedOn;
    @Version
    private int version;

    protected AgendaItem() {
    }

    AgendaItem(long partnershipId, long meetingId, int position, AgendaItemKind kind, String title, String presenter,
            boolean confidential) {
        if (title == null || title.isBlank()) {
            throw new Refused("title", "Enter the item's title");
        }
        this.partnershipId = partnershipId;
        this.meetingId = meetingId;
        this.position = position;
        this.kind = kind;
        this.title = title.trim();
        this.presenter = presenter == null || presenter.isBlank() ? null : presenter.trim();
        this.confidential = confidential;
    }

    void writeNotes(int expectedVersion, String notes) {
        StaleEdit.check(version, expectedVersion, "item");
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** Fixes a standing report's summary into the minutes; once fixed it never changes. */
    void fixReport(String html, java.time.LocalDate on) {
        if (!kind.isReport()) {
            throw new IllegalStateException("Only a standing report has a summary to fix");
        }
        if (reportSnapshot == null) {
            this.reportSnapshot = html;
            this.reportFixedOn = on;
        }
    }

    void moveTo(int position) {
        this.position = position;
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getPosition() {
        return position;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getNotes() {
        return notes;
    }

    public String getReportSnapshot() {
        return reportSnapshot;
    }

    public java.time.LocalDate getReportFixedOn() {
        return reportFixedOn;
    }

    public int getVersion() {
        return version;
    }
}
