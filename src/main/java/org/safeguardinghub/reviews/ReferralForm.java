package org.safeguardinghub.reviews;

import java.util.Map;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import org.springframework.validation.BindingResult;

/** Referring a case for consideration; the child by case reference, pseudonym and age band only. */
class ReferralForm extends ChecksIdentifyingDetails {

    private String caseReference;
    private String pseudonym;
    private AgeBand ageBand;
    private String whatHappened;
    private String agenciesInvolved;
    private SuggestedRoute suggestedRoute;
    private String whyCriteria;

    void validate(BindingResult result) {
        checkIdentifyingDetails(result);
        if (CaseReferral.blank(caseReference)) result.rejectValue("caseReference", "required", "Enter the case reference");
        if (CaseReferral.blank(pseudonym)) result.rejectValue("pseudonym", "required", "Enter a pseudonym for the child, for example Child G");
        if (ageBand == null) result.rejectValue("ageBand", "required", "Select the child's age band");
        if (CaseReferral.blank(whatHappened)) result.rejectValue("whatHappened", "required", "Enter what happened");
        if (CaseReferral.blank(agenciesInvolved)) result.rejectValue("agenciesInvolved", "required", "Enter the agencies involved with the child and family");
        if (suggestedRoute == null) result.rejectValue("suggestedRoute", "required", "Select what you think the case meets the criteria for");
        if (CaseReferral.blank(whyCriteria)) result.rejectValue("whyCriteria", "required", "Enter why you think the case meets the criteria");
    }

    ChildRecord child() {
        return new ChildRecord(caseReference, pseudonym, ageBand);
    }

    @Override
    protected Map<String, String> freeText() {
        return texts("whatHappened", whatHappened, "agenciesInvolved", agenciesInvolved, "whyCriteria", whyCriteria);
    }

    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String caseReference) { this.caseReference = caseReference; }
    public String getPseudonym() { return pseudonym; }
    public void setPseudonym(String pseudonym) { this.pseudonym = pseudonym; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public String getAgenciesInvolved() { return agenciesInvolved; }
    public void setAgenciesInvolved(String agenciesInvolved) { this.agenciesInvolved = agenciesInvolved; }
    public SuggestedRoute getSuggestedRoute() { return suggestedRoute; }
    public void setSuggestedRoute(SuggestedRoute suggestedRoute) { this.suggestedRoute = suggestedRoute; }
    public String getWhyCriteria() { return whyCriteria; }
    public void setWhyCriteria(String whyCriteria) { this.whyCriteria = whyCriteria; }
}
