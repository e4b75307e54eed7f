package org.safeguardinghub.reviews;

import java.util.Map;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** Recording a serious incident notification: the child (minimum needed), what happened, and the dates so far. */
class NotificationForm extends ChecksIdentifyingDetails {

    private Long referral;
    private String caseReference;
    private String pseudonym;
    private AgeBand ageBand;
    private String incident;
    private DateInput becameAwareOn = new DateInput();
    private DateInput panelNotifiedOn = new DateInput();
    private DateInput ofstedInformedOn = new DateInput();
    private DateInput partnersToldOn = new DateInput();

    void validate(BindingResult result) {
        checkIdentifyingDetails(result);
        if (CaseReferral.blank(caseReference)) result.rejectValue("caseReference", "required", "Enter the case reference");
        if (CaseReferral.blank(pseudonym)) result.rejectValue("pseudonym", "required", "Enter a pseudonym for the child, for example Child G");
        if (ageBand == null) result.rejectValue("ageBand", "required", "Select the child's age band");
        if (CaseReferral.blank(incident)) result.rejectValue("incident", "required", "Enter what happened, as far as the review needs it");
        if (becameAwareOn.isBlank()) {
            result.rejectValue("becameAwareOn", "required", "Enter the date the local authority became aware");
        }
        becameAwareOn.problem("the date the local authority became aware").ifPresent(p -> result.rejectValue("becameAwareOn", "invalid", p));
        panelNotifiedOn.problem("the date the national Panel was notified").ifPresent(p -> result.rejectValue("panelNotifiedOn", "invalid", p));
        ofstedInformedOn.problem("the date Ofsted was informed").ifPresent(p -> result.rejectValue("ofstedInformedOn", "invalid", p));
        partnersToldOn.problem("the date the partners were told").ifPresent(p -> result.rejectValue("partnersToldOn", "invalid", p));
    }

    ChildRecord child() {
        return new ChildRecord(caseReference, pseudonym, ageBand);
    }

    NotificationDates dates() {
        return new NotificationDates(panelNotifiedOn.toDate().orElse(null), ofstedInformedOn.toDate().orElse(null),
                partnersToldOn.toDate().orElse(null));
    }

    @Override
    protected Map<String, String> freeText() {
        return texts("incident", incident);
    }

    public Long getReferral() { return referral; }
    public void setReferral(Long referral) { this.referral = referral; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String caseReference) { this.caseReference = caseReference; }
    public String getPseudonym() { return pseudonym; }
    public void setPseudonym(String pseudonym) { this.pseudonym = pseudonym; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public String getIncident() { return incident; }
    public void setIncident(String incident) { this.incident = incident; }
    public DateInput getBecameAwareOn() { return becameAwareOn; }
    public void setBecameAwareOn(DateInput becameAwareOn) { this.becameAwareOn = becameAwareOn; }
    public DateInput getPanelNotifiedOn() { return panelNotifiedOn; }
    public void setPanelNotifiedOn(DateInput panelNotifiedOn) { this.panelNotifiedOn = panelNotifiedOn; }
    public DateInput getOfstedInformedOn() { return ofstedInformedOn; }
    public void setOfstedInformedOn(DateInput ofstedInformedOn) { this.ofstedInformedOn = ofstedInformedOn; }
    public DateInput getPartnersToldOn() { return partnersToldOn; }
    public void setPartnersToldOn(DateInput partnersToldOn) { this.partnersToldOn = partnersToldOn; }
}
