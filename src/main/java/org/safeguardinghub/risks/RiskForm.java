package org.safeguardinghub.risks;

import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** A risk on the register, with its three ratings as likelihood and impact from 1 to 5. */
class RiskForm {

    private Long groupId;
    private String title;
    private String cause;
    private String consequence;
    private Long priorityId;
    private Long ownerPersonId;
    private String controls;
    private Integer inherentLikelihood;
    private Integer inherentImpact;
    private Integer currentLikelihood;
    private Integer currentImpact;
    private Integer targetLikelihood;
    private Integer targetImpact;
    private String targetReason;
    private Appetite appetite;
    private DateInput reviewOn = new DateInput();
    private String ratingReason;
    private int version;

    static RiskForm of(Risk risk) {
        var form = new RiskForm();
        form.groupId = risk.getGroupId();
        form.title = risk.getTitle();
        form.cause = risk.getCause();
        form.consequence = risk.getConsequence();
        form.priorityId = risk.getPriorityId();
        form.ownerPersonId = risk.getOwnerPersonId();
        form.controls = risk.getControls();
        form.inherentLikelihood = risk.getInherent().likelihood();
        form.inherentImpact = risk.getInherent().impact();
        form.currentLikelihood = risk.getCurrent().likelihood();
        form.currentImpact = risk.getCurrent().impact();
        form.targetLikelihood = risk.getTarget().likelihood();
        form.targetImpact = risk.getTarget().impact();
        form.targetReason = risk.getTargetReason();
        form.appetite = risk.getAppetite();
        form.reviewOn = DateInput.of(risk.getReviewOn());
        form.version = risk.getVersion();
        return form;
    }

    void validate(BindingResult result, boolean adding) {
        if (adding && groupId == null) {
            result.rejectValue("groupId", "required", "Select the group whose register the risk is on");
        }
        if (title == null || title.isBlank()) {
            result.rejectValue("title", "required", "Enter the risk");
        }
        score(result, "inherentLikelihood", inherentLikelihood, "the likelihood before controls");
        score(result, "inherentImpact", inherentImpact, "the impact before controls");
        score(result, "currentLikelihood", currentLikelihood, "the current likelihood");
        score(result, "currentImpact", currentImpact, "the current impact");
        score(result, "targetLikelihood", targetLikelihood, "the target likelihood");
        score(result, "targetImpact", targetImpact, "the target impact");
        if (appetite == null) {
            result.rejectValue("appetite", "required", "Select the risk appetite");
        }
        reviewOn.problem("the review date").ifPresent(p -> result.rejectValue("reviewOn", "invalid", p));
        if (reviewOn.isBlank()) {
            result.rejectValue("reviewOn", "required", "Enter the date the risk is next reviewed");
        }
    }

    private static void score(BindingResult result, String field, Integer value, String what) {
        if (value == null || value < 1 || value > 5) {
            result.rejectValue(field, "required", "Select " + what);
        }
    }

    RiskDetails toDetails() {
        return new RiskDetails(title, cause, consequence, priorityId, ownerPersonId, controls,
                new Rating(inherentLikelihood, inherentImpact), new Rating(currentLikelihood, currentImpact),
                new Rating(targetLikelihood, targetImpact), targetReason, appetite, reviewOn.toDate().orElse(null));
    }

    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getConsequence() { return consequence; }
    public void setConsequence(String consequence) { this.consequence = consequence; }
    public Long getPriorityId() { return priorityId; }
    public void setPriorityId(Long priorityId) { this.priorityId = priorityId; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public String getControls() { return controls; }
    public void setControls(String controls) { this.controls = controls; }
    public Integer getInherentLikelihood() { return inherentLikelihood; }
    public void setInherentLikelihood(Integer v) { this.inherentLikelihood = v; }
    public Integer getInherentImpact() { return inherentImpact; }
    public void setInherentImpact(Integer v) { this.inherentImpact = v; }
    public Integer getCurrentLikelihood() { return currentLikelihood; }
    public void setCurrentLikelihood(Integer v) { this.currentLikelihood = v; }
    public Integer getCurrentImpact() { return currentImpact; }
    public void setCurrentImpact(Integer v) { this.currentImpact = v; }
    public Integer getTargetLikelihood() { return targetLikelihood; }
    public void setTargetLikelihood(Integer v) { this.targetLikelihood = v; }
    public Integer getTargetImpact() { return targetImpact; }
    public void setTargetImpact(Integer v) { this.targetImpact = v; }
    public String getTargetReason() { return targetReason; }
    public void setTargetReason(String targetReason) { this.targetReason = targetReason; }
    public Appetite getAppetite() { return appetite; }
    public void setAppetite(Appetite appetite) { this.appetite = appetite; }
    public DateInput getReviewOn() { return reviewOn; }
    public void setReviewOn(DateInput reviewOn) { this.reviewOn = reviewOn; }
    public String getRatingReason() { return ratingReason; }
    public void setRatingReason(String ratingReason) { this.ratingReason = ratingReason; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
