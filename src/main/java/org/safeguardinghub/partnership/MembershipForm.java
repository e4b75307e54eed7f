package org.safeguardinghub.partnership;

import jakarta.validation.constraints.NotNull;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** Adding or changing a seat on a group. */
class MembershipForm {

    private Long personId;
    private Long organisationId;
    @NotNull(message = "Select the member's role")
    private MembershipRole role;
    private Long deputyId;
    private DateInput startsOn = new DateInput();
    private DateInput endsOn = new DateInput();
    private int version;

    static MembershipForm of(Membership membership) {
        var form = new MembershipForm();
        form.personId = membership.getPersonId();
        form.organisationId = membership.getOrganisationId();
        form.role = membership.getRole();
        form.deputyId = membership.getDeputyId();
        form.startsOn = DateInput.of(membership.getStartsOn());
        form.endsOn = DateInput.of(membership.getEndsOn());
        form.version = membership.getVersion();
        return form;
    }

    void validate(BindingResult result, boolean isNew) {
        if (isNew && personId == null) {
            result.rejectValue("personId", "required", "Select the person");
        }
        if (startsOn.isBlank()) {
            result.rejectValue("startsOn", "required", "Enter the start date");
        }
        startsOn.problem("the start date").ifPresent(p -> result.rejectValue("startsOn", "invalid", p));
        endsOn.problem("the end date").ifPresent(p -> result.rejectValue("endsOn", "invalid", p));
        if (!result.hasFieldErrors("startsOn") && !result.hasFieldErrors("endsOn") && endsOn.toDate().isPresent()
                && endsOn.toDate().get().isBefore(startsOn.toDate().get())) {
            result.rejectValue("endsOn", "order", "The end date must be the same as or after the start date");
        }
        if (deputyId != null && deputyId.equals(personId)) {
            result.rejectValue("deputyId", "self", "Select a deputy who is not the member");
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }

    public DateInput getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateInput startsOn) {
        this.startsOn = startsOn;
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
