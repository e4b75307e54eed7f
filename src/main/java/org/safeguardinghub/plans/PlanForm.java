package org.safeguardinghub.plans;

import org.springframework.validation.BindingResult;

/** A strategic plan's title, period, vision and core business (one item a line). */
class PlanForm {

    private String title;
    private String startsYear;
    private String endsYear;
    private String vision;
    private String coreBusiness;
    private int version;

    static PlanForm of(StrategicPlan plan) {
        var form = new PlanForm();
        form.title = plan.getTitle();
        form.startsYear = String.valueOf(plan.getStartsYear());
        form.endsYear = String.valueOf(plan.getEndsYear());
        form.vision = plan.getVision();
        form.coreBusiness = plan.getCoreBusiness();
        form.version = plan.getVersion();
        return form;
    }

    void validate(BindingResult result) {
        if (title == null || title.isBlank()) {
            result.rejectValue("title", "required", "Enter the plan's title");
        }
        year(startsYear, "startsYear", "the year the plan starts", result);
        year(endsYear, "endsYear", "the year the plan ends", result);
    }

    static Integer year(String value, String field, String what, BindingResult result) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "required", "Enter " + what);
            return null;
        }
        try {
            var year = Integer.parseInt(value.strip());
            if (year < 2000 || year > 2100) {
                result.rejectValue(field, "range", "Enter " + what + " as a year, like 2025");
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            result.rejectValue(field, "invalid", "Enter " + what + " as a year, like 2025");
            return null;
        }
    }

    int starts() {
        return Integer.parseInt(startsYear.strip());
    }

    int ends() {
        return Integer.parseInt(endsYear.strip());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStartsYear() {
        return startsYear;
    }

    public void setStartsYear(String startsYear) {
        this.startsYear = startsYear;
    }

    public String getEndsYear() {
        return endsYear;
    }

    public void setEndsYear(String endsYear) {
        this.endsYear = endsYear;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision;
    }

    public String getCoreBusiness() {
        return coreBusiness;
    }

    public void setCoreBusiness(String coreBusiness) {
        this.coreBusiness = coreBusiness;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
