package org.safeguardinghub.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** Adding or changing a group: what it is, who it reports to, how often it meets. */
class GroupForm {

    @NotBlank(message = "Enter the group's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;
    @NotNull(message = "Select the kind of group")
    private GroupKind kind;
    private Long parentId;
    @Size(max = 2000, message = "Purpose must be 2000 characters or fewer")
    private String purpose;
    @Size(max = 100, message = "Meeting frequency must be 100 characters or fewer")
    private String meetingFrequency;
    private boolean confidential;
    private DateInput endsOn = new DateInput();
    private int version;

    static GroupForm of(Group group) {
        var form = new GroupForm();
        form.name = group.getName();
        form.kind = group.getKind();
        form.parentId = group.getParentId();
        form.purpose = group.getPurpose();
        form.meetingFrequency = group.getMeetingFrequency();
        form.confidential = group.isConfidential();
        form.endsOn = DateInput.of(group.getEndsOn());
        form.version = group.getVersion();
        return form;
    }

    void validate(BindingResult result) {
        endsOn.problem("the end date").ifPresent(p -> result.rejectValue("endsOn", "invalid", p));
        if (kind == GroupKind.TASK_AND_FINISH && endsOn.isBlank() && !result.hasFieldErrors("endsOn")) {
            result.rejectValue("endsOn", "required", "Enter the date the task and finish group ends");
        }
        if (kind != null && kind != GroupKind.BOARD && parentId == null) {
            result.rejectValue("parentId", "required", "Select the group this group reports to");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getPurpose() {
        return purpose == null || purpose.isBlank() ? null : purpose.trim();
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getMeetingFrequency() {
        return meetingFrequency == null || meetingFrequency.isBlank() ? null : meetingFrequency.trim();
    }

    public void setMeetingFrequency(String meetingFrequency) {
        this.meetingFrequency = meetingFrequency;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public DateInput getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateInput endsOn) {
        this.endsOn = endsOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
