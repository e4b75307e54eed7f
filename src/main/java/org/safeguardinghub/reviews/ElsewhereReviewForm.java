package org.safeguardinghub.reviews;

import java.util.Map;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import java.util.List;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** Recording a review held by someone else (a national review, a DHR, a SAR, a MAPPA review or another area's). */
class ElsewhereReviewForm extends ChecksIdentifyingDetails {

    static final List<String> FIELDS = List.of("kind", "title", "source", "reportedOn", "url", "summary");

    private ReviewKind kind;
    private String title;
    private String source;
    private DateInput reportedOn = new DateInput();
    private String url;
    private String summary;

    void validate(BindingResult result) {
        checkIdentifyingDetails(result);
        if (kind == null || kind.isLocal()) result.rejectValue("kind", "required", "Select the kind of review");
        if (CaseReferral.blank(title)) result.rejectValue("title", "required", "Enter the review's name, for example Adult D or the national review's title");
        if (CaseReferral.blank(source)) result.rejectValue("source", "required", "Enter who held the review, for example a community safety partnership or another area");
        if (reportedOn.isBlank()) result.rejectValue("reportedOn", "required", "Enter the date of the review's report");
        reportedOn.problem("the date of the review's report").ifPresent(p -> result.rejectValue("reportedOn", "invalid", p));
    }

    @Override
    protected Map<String, String> freeText() {
        return texts("summary", summary);
    }

    public ReviewKind getKind() { return kind; }
    public void setKind(ReviewKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public DateInput getReportedOn() { return reportedOn; }
    public void setReportedOn(DateInput reportedOn) { this.reportedOn = reportedOn; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
