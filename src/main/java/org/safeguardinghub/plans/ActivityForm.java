package org.safeguardinghub.plans;

import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** A business plan activity: what, towards which priority, owned by which group and person, due when. */
class ActivityForm {

    private String description;
    private Long priorityId;
    private Long ownerGroupId;
    private Long ownerPersonId;
    private DateInput dueOn = new DateInput();
    private int version;

    static ActivityForm of(PlanActivity activity) {
        var form = new ActivityForm();
        form.description = activity.getDescription();
        form.priorityId = activity.getPriorityId();
        form.ownerGroupId = activity.getOwnerGroupId();
        form.ownerPersonId = activity.getOwnerPersonId();
        form.dueOn = DateInput.of(activity.getDueOn());
        form.version = activity.getVersion();
        return form;
    }

    void validate(BindingResult result) {
        if (description == null || description.isBlank()) {
            result.rejectValue("description", "required", "Enter what will be done");
        }
        if (ownerGroupId == null) {
            result.rejectValue("ownerGroupId", "required", "Select the group that owns the activity");
        }
        dueOn.problem("the due date").ifPresent(p -> result.rejectValue("dueOn", "invalid", p));
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(Long priorityId) {
        this.priorityId = priorityId;
    }

    public Long getOwnerGroupId() {
        return ownerGroupId;
    }

    public void setOwnerGroupId(Long ownerGroupId) {
        this.ownerGroupId = ownerGroupId;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    public DateInput getDueOn() {
        return dueOn;
    }

    public void setDueOn(DateInput dueOn) {
        this.dueOn = dueOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
