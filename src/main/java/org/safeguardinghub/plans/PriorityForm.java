package org.safeguardinghub.plans;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/** A priority: its name, objective, and its lists typed one item a line. */
class PriorityForm {

    private String title;
    private String objective;
    private String howWeWill;
    private String successStatements;
    private String measures;
    private String sharedWith;
    private int version;

    static PriorityForm of(Priority priority, List<SuccessMeasure> measures) {
        var form = new PriorityForm();
        form.title = priority.getTitle();
        form.objective = priority.getObjective();
        form.howWeWill = priority.getHowWeWill();
        form.successStatements = priority.getSuccessStatements();
        form.measures = measures.stream().map(SuccessMeasure::getDescription).collect(Collectors.joining("\n"));
        form.sharedWith = priority.getSharedWith();
        form.version = priority.getVersion();
        return form;
    }

    void validate(BindingResult result) {
        if (title == null || title.isBlank()) {
            result.rejectValue("title", "required", "Enter the priority's name");
        }
        if (objective == null || objective.isBlank()) {
            result.rejectValue("objective", "required", "Enter the strategic objective");
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getHowWeWill() {
        return howWeWill;
    }

    public void setHowWeWill(String howWeWill) {
        this.howWeWill = howWeWill;
    }

    public String getSuccessStatements() {
        return successStatements;
    }

    public void setSuccessStatements(String successStatements) {
        this.successStatements = successStatements;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getSharedWith() {
        return sharedWith;
    }

    public void setSharedWith(String sharedWith) {
        this.sharedWith = sharedWith;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
