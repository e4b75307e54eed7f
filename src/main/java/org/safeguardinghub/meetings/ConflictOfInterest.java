package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.safeguardinghub.audit.AuditedRecord;

/** An interest a person declared at a meeting, against the item it concerns where there is one. */
@Entity
public class ConflictOfInterest implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long meetingId;
    private Long personId;
    private Long agendaItemId;
    private String description;

    protected ConflictOfInterest() {
    }

    ConflictOfInterest(long partnershipId, long meetingId, long personId, Long agendaItemId, String description) {
        if (description == null || description.isBlank()) {
            throw new Refused("description", "Describe the interest declared");
        }
        this.partnershipId = partnershipId;
        this.meetingId = meetingId;
        this.personId = personId;
        this.agendaItemId = agendaItemId;
        this.description = description.strip();
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getDescription() {
        return description;
    }
}
