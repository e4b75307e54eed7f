package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.safeguardinghub.audit.AuditedRecord;

/** Whether one person came to a meeting, sent apologies, sent a deputy or was absent. */
@Entity
public class Attendance implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long meetingId;
    private Long personId;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    private Long deputyPersonId;
    /** False for officers and guests in attendance who are not members of the group. */
    private boolean member;

    protected Attendance() {
    }

    Attendance(long partnershipId, long meetingId, long personId, Long organisationId, boolean member) {
        this.partnershipId = partnershipId;
        this.meetingId = meetingId;
        this.personId = personId;
        this.organisationId = organisationId;
        this.member = member;
        this.status = AttendanceStatus.PRESENT;
    }

    void record(AttendanceStatus status, Long deputyPersonId) {
        if (status == AttendanceStatus.REPRESENTED && deputyPersonId == null) {
            throw new Refused("Select who represented them");
        }
        if (status == AttendanceStatus.REPRESENTED && deputyPersonId.equals(personId)) {
            throw new Refused("A member cannot be their own deputy");
        }
        this.status = status;
        this.deputyPersonId = status == AttendanceStatus.REPRESENTED ? deputyPersonId : null;
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

    public Long getPersonId() {
        return personId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Long getDeputyPersonId() {
        return deputyPersonId;
    }

    public boolean isMember() {
        return member;
    }
}
