package org.safeguardinghub.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** Adding or changing an organisation and the dates it took part in this partnership. */
class OrganisationForm {

    @NotBlank(message = "Enter the organisation's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;
    @NotNull(message = "Select the type of organisation")
    private OrganisationType type;
    @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter a website address starting with https://")
    private String website;
    private DateInput joinedOn = new DateInput();
    private DateInput leftOn = new DateInput();
    private Long safeguardingLead;
    private int version;
    private int participationVersion;

    static OrganisationForm of(OrganisationInPartnership existing) {
        var form = new OrganisationForm();
        form.name = existing.organisation().getName();
        form.type = existing.organisation().getType();
        form.website = existing.organisation().getWebsite();
        form.joinedOn = DateInput.of(existing.participation().getJoinedOn());
        form.leftOn = DateInput.of(existing.participation().getLeftOn());
        form.safeguardingLead = existing.participation().getSafeguardingLeadId();
        form.version = existing.organisation().getVersion();
        form.participationVersion = existing.participation().getVersion();
        return form;
    }

    /** The form as sent, with the shared facts put back as they are kept, for a partnership that does not keep them. */
    static OrganisationForm keepingSharedFacts(OrganisationForm sent, OrganisationInPartnership existing) {
        sent.name = existing.organisation().getName();
        sent.type = existing.organisation().getType();
        sent.website = existing.organisation().getWebsite();
        return sent;
    }

    void validateDates(BindingResult result) {
        if (joinedOn.isBlank()) {
            result.rejectValue("joinedOn", "required", "Enter the date the organisation joined the partnership");
        }
        joinedOn.problem("the date it joined").ifPresent(p -> result.rejectValue("joinedOn", "invalid", p));
        leftOn.problem("the date it left").ifPresent(p -> result.rejectValue("leftOn", "invalid", p));
        if (!result.hasFieldErrors("joinedOn") && !result.hasFieldErrors("leftOn") && leftOn.toDate().isPresent()
                && leftOn.toDate().get().isBefore(joinedOn.toDate().get())) {
            result.rejectValue("leftOn", "order", "The date it left must be the same as or after the date it joined");
        }
    }

    public Long getSafeguardingLead() {
        return safeguardingLead;
    }

    public void setSafeguardingLead(Long safeguardingLead) {
        this.safeguardingLead = safeguardingLead;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getWebsite() {
        return website == null || website.isBlank() ? null : website.trim();
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public DateInput getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(DateInput joinedOn) {
        this.joinedOn = joinedOn;
    }

    public DateInput getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(DateInput leftOn) {
        this.leftOn = leftOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public int getParticipationVersion() {
        return participationVersion;
    }

    public void setParticipationVersion(int participationVersion) {
        this.participationVersion = participationVersion;
    }
}
