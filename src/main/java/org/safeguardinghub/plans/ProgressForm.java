package org.safeguardinghub.plans;

import org.springframework.validation.BindingResult;

/** An owner's quarterly update: the quarter, a RAG status, what was done and the evidence (one link a line). */
class ProgressForm {

    private Integer quarter;
    private Rag rag;
    private String narrative;
    private String evidence;
    private int version;

    static ProgressForm of(ProgressUpdate update) {
        var form = new ProgressForm();
        form.quarter = update.getQuarter();
        form.rag = update.getRag();
        form.narrative = update.getNarrative();
        form.evidence = update.getEvidence();
        form.version = update.getVersion();
        return form;
    }

    void validate(BindingResult result) {
        if (quarter == null) {
            result.rejectValue("quarter", "required", "Select the quarter the update is for");
        }
        if (rag == null) {
            result.rejectValue("rag", "required", "Select the RAG status");
        }
        if (narrative == null || narrative.isBlank()) {
            result.rejectValue("narrative", "required", "Enter what has been done this quarter");
        }
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public Rag getRag() {
        return rag;
    }

    public void setRag(Rag rag) {
        this.rag = rag;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
