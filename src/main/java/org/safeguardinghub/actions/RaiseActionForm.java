package org.safeguardinghub.actions;

import java.util.Map;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.BindingResult;

/** Raising an action, straight onto the tracker or from an item of the minutes. */
@NamedInterface("api")
public class RaiseActionForm extends ChecksIdentifyingDetails {

    @NotBlank(message = "Enter what needs to be done")
    @Size(max = 2000, message = "The action must be 2000 characters or fewer")
    private String description;
    private Long groupId;
    private Long firstOwnerId;
    private Long secondOwnerId;
    private List<Long> ownerOrganisationIds = new ArrayList<>();
    private boolean allPartners;
    private DateInput dueOn = new DateInput();
    private boolean pastDueConfirmed;

    @Override
    protected Map<String, String> freeText() {
        return texts("description", description);
    }

    public void validate(BindingResult result, LocalDate today) {
        checkIdentifyingDetails(result);
        if (firstOwnerId == null && secondOwnerId == null && ownerOrganisationIds.isEmpty() && !allPartners) {
            result.rejectValue("firstOwnerId", "required", "Select who owns the action: a person, an organisation or all partners");
        }
        if (firstOwnerId != null && Objects.equals(firstOwnerId, secondOwnerId)) {
            result.rejectValue("secondOwnerId", "same", "Select a different second owner, or leave it empty");
        }
        dueOn.problem("the due date").ifPresent(p -> result.rejectValue("dueOn", "invalid", p));
        if (!result.hasFieldErrors("dueOn") && dueOn.toDate().filter(d -> d.isBefore(today)).isPresent() && !pastDueConfirmed) {
            result.rejectValue("dueOn", "past",
                    "The due date is in the past. Check it, or tick the box to confirm the action was already due");
        }
    }

    public Set<Long> ownerPersonIds() {
        var ids = new LinkedHashSet<Long>();
        if (firstOwnerId != null) ids.add(firstOwnerId);
        if (secondOwnerId != null) ids.add(secondOwnerId);
        return ids;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getFirstOwnerId() {
        return firstOwnerId;
    }

    public void setFirstOwnerId(Long firstOwnerId) {
        this.firstOwnerId = firstOwnerId;
    }

    public Long getSecondOwnerId() {
        return secondOwnerId;
    }

    public void setSecondOwnerId(Long secondOwnerId) {
        this.secondOwnerId = secondOwnerId;
    }

    public List<Long> getOwnerOrganisationIds() {
        return ownerOrganisationIds;
    }

    public void setOwnerOrganisationIds(List<Long> ownerOrganisationIds) {
        this.ownerOrganisationIds = ownerOrganisationIds == null ? new ArrayList<>()
                : new ArrayList<>(ownerOrganisationIds.stream().filter(Objects::nonNull).distinct().toList());
    }

    public boolean isAllPartners() {
        return allPartners;
    }

    public void setAllPartners(boolean allPartners) {
        this.allPartners = allPartners;
    }

    public DateInput getDueOn() {
        return dueOn;
    }

    public void setDueOn(DateInput dueOn) {
        this.dueOn = dueOn;
    }

    public boolean isPastDueConfirmed() {
        return pastDueConfirmed;
    }

    public void setPastDueConfirmed(boolean pastDueConfirmed) {
        this.pastDueConfirmed = pastDueConfirmed;
    }
}
