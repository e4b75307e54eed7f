package org.safeguardinghub.actions;

import java.util.Map;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** An update to an action, or the note that goes with closing or reopening it. */
class ActionUpdateForm extends ChecksIdentifyingDetails {

    @NotBlank(message = "Write what has been done")
    @Size(max = 4000, message = "The update must be 4000 characters or fewer")
    private String note;
    private ActionStatus status;
    private int version;

    /** An update says where the action has got to, besides what the close and reopen notes ask. */
    void checkUpdate(BindingResult result) {
        if (status == null) {
            result.rejectValue("status", "required", "Select where the action has got to");
        }
        checkIdentifyingDetails(result);
    }

    @Override
    protected Map<String, String> freeText() {
        return texts("note", note);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
