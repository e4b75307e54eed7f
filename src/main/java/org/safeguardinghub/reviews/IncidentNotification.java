package org.safeguardinghub.reviews;

import org.springframework.modulith.NamedInterface;

import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.safeguardinghub.audit.AuditedRecord;

/**
 * A serious incident notification: the day the local authority became aware, the day it notified
 * the national Panel (due within 5 working days), Ofsted informed and the partners told. No date
 * may come before the day the authority became aware, and none may be in the future.
 */
@NamedInterface("api")
@Entity
public class IncidentNotification implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long referralId;
    private String caseReference;
    private String pseudonym;
    @Enumerated(EnumType.STRING)
    private AgeBand ageBand;
    private String incident;
    private LocalDate becameAwareOn;
    private LocalDate panelNotifiedOn;
    private LocalDate ofstedInformedOn;
    private LocalDate partnersToldOn;
    private String recordedBy;
    @Version
    private int version;

    protected IncidentNotification() {
    }

    IncidentNotification(long partnershipId, Long referralId, ChildRecord child, String incident, LocalDate becameAwareOn,
            NotificationDates dates, LocalDate today, String recordedBy) {
        child.check();
        if (CaseReferral.blank(incident)) {
            throw new Refused("incident", "Enter what happened, as far as the review needs it");
        }
        if (becameAwareOn == null) {
            throw new Refused("becameAwareOn", "Enter the date the local authority became aware");
        }
        if (becameAwareOn.isAfter(today)) {
            throw new Refused("becameAwareOn", "The date the local authority became aware must be today or in the past");
        }
        this.partnershipId = partnershipId;
        this.referralId = referralId;
        this.caseReference = child.caseReference().strip();
        this.pseudonym = child.pseudonym().strip();
        this.ageBand = child.ageBand();
        this.incident = incident.strip();
        this.becameAwareOn = becameAwareOn;
        this.recordedBy = recordedBy;
        apply(dates, today);
    }

    void recordDates(int expectedVersion, NotificationDates dates, LocalDate today) {
        StaleEdit.check(version, expectedVersion, "notification");
        apply(dates, today);
    }

    private void apply(NotificationDates dates, LocalDate today) {
        check(dates.panelNotifiedOn(), "panelNotifiedOn", "the national Panel was notified", today);
        check(dates.ofstedInformedOn(), "ofstedInformedOn", "Ofsted was informed", today);
        check(dates.partnersToldOn(), "partnersToldOn", "the partners were told", today);
        if (panelNotifiedOn != null && dates.panelNotifiedOn() == null) {
            throw new Refused("panelNotifiedOn", "Enter the date the national Panel was notified. It cannot be removed once recorded");
        }
        this.panelNotifiedOn = dates.panelNotifiedOn();
        this.ofstedInformedOn = dates.ofstedInformedOn();
        this.partnersToldOn = dates.partnersToldOn();
    }

    private void check(LocalDate date, String field, String what, LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isBefore(becameAwareOn)) {
            throw new Refused(field, "The date " + what + " must be on or after the date the local authority became aware");
        }
        if (date.isAfter(today)) {
            throw new Refused(field, "The date " + what + " must be today or in the past");
        }
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public ChildRecord child() {
        return new ChildRecord(caseReference, pseudonym, ageBand);
    }

    public Long getId() { return id; }
    public String getReference() { return "SIN" + id; }
    public Long getReferralId() { return referralId; }
    public String getCaseReference() { return caseReference; }
    public String getPseudonym() { return pseudonym; }
    public AgeBand getAgeBand() { return ageBand; }
    public String getIncident() { return incident; }
    public LocalDate getBecameAwareOn() { return becameAwareOn; }
    public LocalDate getPanelNotifiedOn() { return panelNotifiedOn; }
    public LocalDate getOfstedInformedOn() { return ofstedInformedOn; }
    public LocalDate getPartnersToldOn() { return partnersToldOn; }
    public String getRecordedBy() { return recordedBy; }
    public int getVersion() { return version; }
}
