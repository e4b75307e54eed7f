package org.safeguardinghub.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safeguardinghub.govuk.DateInput;

/** The preview of imported minutes as posted back: every correction the person made. */
public class MinutesPreviewForm {

    private DateInput heldOn = new DateInput();
    private String startsAt;
    private String endsAt;
    private String location;
    private String onlineLink;
    private List<AttendeeField> attendees = new ArrayList<>();
    private List<ItemField> items = new ArrayList<>();
    private List<ActionField> actions = new ArrayList<>();
    private List<DecisionField> decisions = new ArrayList<>();

    /** The form as the draft fills it, before anyone has changed anything. */
    static MinutesPreviewForm of(MinutesDraft draft) {
        var form = new MinutesPreviewForm();
        form.heldOn = DateInput.of(draft.date());
        form.startsAt = draft.startsAt() == null ? null : draft.startsAt().toString();
        form.endsAt = draft.endsAt() == null ? null : draft.endsAt().toString();
        if (draft.place() != null && draft.place().startsWith("https://")) {
            form.onlineLink = draft.place();
        } else {
            form.location = draft.place();
        }
        for (var row : draft.attendees()) {
            var field = new AttendeeField();
            field.personId = row.personId() == null ? "" : String.valueOf(row.personId());
            field.status = row.status().name();
            form.attendees.add(field);
        }
        for (var row : draft.items()) {
            var field = new ItemField();
            field.title = row.title();
            form.items.add(field);
        }
        for (var row : draft.actions()) {
            var field = new ActionField();
            field.text = row.text();
            field.item = row.item() == null ? "" : String.valueOf(row.item());
            field.owners = new ArrayList<>(row.owners());
            while (field.owners.size() < ownerSlots(row)) {
                field.owners.add("");
            }
            field.dueOn = DateInput.of(row.dueOn());
            form.actions.add(field);
        }
        for (var row : draft.decisions()) {
            var field = new DecisionField();
            field.text = row.text();
            field.item = row.item() == null ? "" : String.valueOf(row.item());
            form.decisions.add(field);
        }
        return form;
    }

    /** Two owner boxes, or as many as the minutes named. */
    static int ownerSlots(MinutesDraft.ActionRow row) {
        return Math.max(2, row.owners().size());
    }

    /** Keeps the lists as long as the draft's, whatever was posted, so each row lines up with what was read. */
    void alignWith(MinutesDraft draft) {
        while (attendees.size() < draft.attendees().size()) attendees.add(new AttendeeField());
        while (items.size() < draft.items().size()) items.add(new ItemField());
        while (actions.size() < draft.actions().size()) actions.add(new ActionField());
        while (decisions.size() < draft.decisions().size()) decisions.add(new DecisionField());
        attendees = new ArrayList<>(attendees.subList(0, draft.attendees().size()));
        items = new ArrayList<>(items.subList(0, draft.items().size()));
        actions = new ArrayList<>(actions.subList(0, draft.actions().size()));
        decisions = new ArrayList<>(decisions.subList(0, draft.decisions().size()));
        for (int i = 0; i < actions.size(); i++) {
            var owners = actions.get(i).owners;
            while (owners.size() < ownerSlots(draft.actions().get(i))) {
                owners.add("");
            }
        }
    }

    public static class AttendeeField {
        private String personId = "";
        private String status = AttendanceStatus.PRESENT.name();

        public String getPersonId() {
            return personId;
        }

        public void setPersonId(String personId) {
            this.personId = personId == null ? "" : personId;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }
    }

    public static class ItemField {
        private String title;
        private boolean confidential;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public boolean isConfidential() {
            return confidential;
        }

        public void setConfidential(boolean confidential) {
            this.confidential = confidential;
        }
    }

    public static class ActionField {
        private String text;
        private String item = "";
        private List<String> owners = new ArrayList<>();
        private DateInput dueOn = new DateInput();

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item == null ? "" : item;
        }

        public List<String> getOwners() {
            return owners;
        }

        public void setOwners(List<String> owners) {
            this.owners = owners == null ? new ArrayList<>() : new ArrayList<>(owners.stream().map(o -> Objects.toString(o, "")).toList());
        }

        public DateInput getDueOn() {
            return dueOn;
        }

        public void setDueOn(DateInput dueOn) {
            this.dueOn = dueOn;
        }
    }

    public static class DecisionField {
        private String text;
        private String item = "";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item == null ? "" : item;
        }
    }

    public DateInput getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
        this.heldOn = heldOn;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public List<AttendeeField> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<AttendeeField> attendees) {
        this.attendees = attendees;
    }

    public List<ItemField> getItems() {
        return items;
    }

    public void setItems(List<ItemField> items) {
        this.items = items;
    }

    public List<ActionField> getActions() {
        return actions;
    }

    public void setActions(List<ActionField> actions) {
        this.actions = actions;
    }

    public List<DecisionField> getDecisions() {
        return decisions;
    }

    public void setDecisions(List<DecisionField> decisions) {
        this.decisions = decisions;
    }
}
