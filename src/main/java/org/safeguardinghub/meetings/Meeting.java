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
import java.time.LocalDate;
import java.time.LocalTime;
import org.safeguardinghub.audit.AuditedRecord;

/** A meeting of one group: when and where, and where its minutes have got to. */
@NamedInterface("api")
@Entity
public class Meeting implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long groupId;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String location;
    private String onlineLink;
    @Enumerated(EnumType.STRING)
    private MinutesStatus minutesStatus = MinutesStatus.NOT_STARTED;
    private boolean confidentialityAgreed;
    private String differenceMade;
    private LocalDate circulatedOn;
    private Long approvedByDecisionId;
    private LocalDate invitationsSentOn;
    private String importedFrom;
    @Version
    private int version;

    protected Meeting() {
    }

    Meeting(long partnershipId, long groupId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String location,
            String onlineLink) {
        this.partnershipId = partnershipId;
        this.groupId = groupId;
        setWhenAndWhere(heldOn, startsAt, endsAt, location, onlineLink);
    }

    void reschedule(int expectedVersion, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String location,
            String onlineLink) {
        StaleEdit.check(version, expectedVersion, "meeting");
        if (minutesStatus != MinutesStatus.NOT_STARTED) {
            throw new Refused("The meeting cannot be moved because its minutes have been started");
        }
        setWhenAndWhere(heldOn, startsAt, endsAt, location, onlineLink);
    }

    private void setWhenAndWhere(LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String location,
            String onlineLink) {
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new Refused("endsAt", "End time must be after the start time");
        }
        var place = blankToNull(location);
        var link = blankToNull(onlineLink);
        if (place == null && link == null) {
            throw new Refused("location", "Enter where the meeting is held or its online link");
        }
        if (link != null && !link.startsWith("https://")) {
            throw new Refused("onlineLink", "Enter the online link in full, starting https://");
        }
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = place;
        this.onlineLink = link;
    }

    /** Marks the minutes as being written; refused once they are approved, when only an amendment changes them. */
    void startWritingMinutes() {
        if (minutesStatus.isSettled()) {
            throw new Refused("These minutes were approved as a correct record and cannot be edited. "
                    + "Record an amendment instead, saying what changed and why");
        }
        if (minutesStatus == MinutesStatus.NOT_STARTED) {
            minutesStatus = MinutesStatus.DRAFT;
        }
    }

    void recordConfidentiality(int expectedVersion, boolean agreed) {
        StaleEdit.check(version, expectedVersion, "meeting");
        startWritingMinutes();
        this.confidentialityAgreed = agreed;
    }

    void recordDifferenceMade(int expectedVersion, String text) {
        StaleEdit.check(version, expectedVersion, "meeting");
        startWritingMinutes();
        this.differenceMade = blankToNull(text);
    }

    void circulate(int expectedVersion, LocalDate on) {
        StaleEdit.check(version, expectedVersion, "meeting");
        if (minutesStatus == MinutesStatus.NOT_STARTED) {
            throw new Refused("Write the minutes before circulating them");
        }
        if (minutesStatus.isSettled()) {
            throw new Refused("These minutes have already been approved");
        }
        this.minutesStatus = MinutesStatus.CIRCULATED;
        this.circulatedOn = on;
    }

    /** Approved at a later meeting of the same group, by the decision recorded there. */
    void approve(long decisionId) {
        if (minutesStatus != MinutesStatus.CIRCULATED) {
            throw new Refused("Only minutes that have been circulated to members can be approved");
        }
        this.minutesStatus = MinutesStatus.APPROVED;
        this.approvedByDecisionId = decisionId;
    }

    void publish(int expectedVersion) {
        StaleEdit.check(version, expectedVersion, "meeting");
        if (minutesStatus != MinutesStatus.APPROVED) {
            throw new Refused("Only minutes approved as a correct record can be published");
        }
        this.minutesStatus = MinutesStatus.FIXED;
    }

    void invitationsSent(LocalDate on) {
        this.invitationsSentOn = on;
    }

    void importedFrom(String fileName) {
        this.importedFrom = fileName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getLocation() {
        return location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public boolean isConfidentialityAgreed() {
        return confidentialityAgreed;
    }

    public String getDifferenceMade() {
        return differenceMade;
    }

    public LocalDate getCirculatedOn() {
        return circulatedOn;
    }

    public Long getApprovedByDecisionId() {
        return approvedByDecisionId;
    }

    public LocalDate getInvitationsSentOn() {
        return invitationsSentOn;
    }

    public String getImportedFrom() {
        return importedFrom;
    }

    public int getVersion() {
        return version;
    }
}
