package org.safeguardinghub.learning;

import java.util.Map;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** A finding from a review or audit, with its themes. */
class FindingForm extends ChecksIdentifyingDetails {

    static final List<String> FIELDS = List.of("sourceType", "sourceReference", "sourceDate", "finding", "recommendation", "themeIds",
            "confidential", "groupId");

    private LearningSource sourceType;
    private String sourceReference;
    private DateInput sourceDate = new DateInput();
    private String finding;
    private String recommendation;
    private List<Long> themeIds = List.of();
    private boolean confidential;
    private Long groupId;
    private int version;

    static FindingForm of(LearningFinding f) {
        var form = new FindingForm();
        form.sourceType = f.getSourceType();
        form.sourceReference = f.getSourceReference();
        form.sourceDate = DateInput.of(f.getSourceDate());
        form.finding = f.getFinding();
        form.recommendation = f.getRecommendation();
        form.themeIds = List.copyOf(f.getThemeIds());
        form.confidential = f.isConfidential();
        form.groupId = f.getGroupId();
        form.version = f.getVersion();
        return form;
    }

    void validate(BindingResult result) {
        checkIdentifyingDetails(result);
        if (sourceType == null) {
            result.rejectValue("sourceType", "required", "Select where the finding came from");
        }
        if (sourceReference == null || sourceReference.isBlank()) {
            result.rejectValue("sourceReference", "required", "Enter the review's reference or name");
        }
        sourceDate.problem("the date of the review").ifPresent(p -> result.rejectValue("sourceDate", "invalid", p));
        if (sourceDate.isBlank()) {
            result.rejectValue("sourceDate", "required", "Enter the date of the review");
        }
        if (finding == null || finding.isBlank()) {
            result.rejectValue("finding", "required", "Enter the finding");
        }
        if (confidential && groupId == null) {
            result.rejectValue("groupId", "required", "Select the group that oversees a confidential finding's actions");
        }
    }

    FindingDetails toDetails() {
        return new FindingDetails(sourceType, sourceReference, sourceDate.toDate().orElse(null), finding, recommendation,
                themeIds == null ? Set.of() : new LinkedHashSet<>(themeIds), confidential, groupId);
    }

    @Override
    protected Map<String, String> freeText() {
        return texts("finding", finding, "recommendation", recommendation);
    }

    public LearningSource getSourceType() { return sourceType; }
    public void setSourceType(LearningSource sourceType) { this.sourceType = sourceType; }
    public String getSourceReference() { return sourceReference; }
    public void setSourceReference(String sourceReference) { this.sourceReference = sourceReference; }
    public DateInput getSourceDate() { return sourceDate; }
    public void setSourceDate(DateInput sourceDate) { this.sourceDate = sourceDate; }
    public String getFinding() { return finding; }
    public void setFinding(String finding) { this.finding = finding; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public List<Long> getThemeIds() { return themeIds; }
    public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
