package org.safeguardinghub.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

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

    /** The preview's fields top to bottom, for the error summary. */
    List<String> fieldOrder() {
        var order = new ArrayList<>(List.of("heldOn", "startsAt", "endsAt", "location", "onlineLink"));
        for (int i = 0; i < attendees.size(); i++) {
            order.add("attendee-" + i + "-person");
        }
        for (int i = 0; i < items.size(); i++) {
            order.add("item-" + i + "-title");
        }
        for (int i = 0; i < actions.size(); i++) {
            var prefix = "action-" + i;
            order.addAll(List.of(prefix + "-text", prefix + "-item", prefix + "-owner-0", prefix + "-dueOn"));
        }
        for (int i = 0; i < decisions.size(); i++) {
            order.addAll(List.of("decision-" + i + "-text", "decision-" + i + "-item"));
        }
        return order;
    }

    /** The date inputs, linked from the error summary by their day box. */
    Set<String> dateFields() {
        var fields = new HashSet<String>();
        fields.add("heldOn");
        for (int i = 0; i < actions.size(); i++) {
            fields.add("action-" + i + "-dueOn");
        }
        return fields;
    }

    /**
     * What the person confirmed, as the import saves it: each name a person, organisation or all
     * partners, each date a date. What cannot be read that way goes into {@code result}, by row. The
     * meeting's own rules (an end after the start, a place or a full online link) are the meeting's
     * to refuse when the import saves it. Rows the person cleared are left out.
     */
    ConfirmedMinutes confirm(MinutesDraft draft, String importedBy, BindingResult result) {
        LocalDate date = null;
        if (heldOn.isBlank()) {
            result.rejectValue("heldOn", "required", "Enter the date of the meeting");
        } else {
            var problem = heldOn.problem("the date of the meeting");
            if (problem.isPresent()) {
                result.rejectValue("heldOn", "invalid", problem.get());
            } else {
                date = heldOn.toDate().orElseThrow();
            }
        }
        var start = time(startsAt);
        if (startsAt == null || startsAt.isBlank()) {
            result.rejectValue("startsAt", "required", "Enter the time the meeting started, for example 14:15");
        } else if (start == null) {
            result.rejectValue("startsAt", "invalid", "Enter the start time as hours and minutes, for example 14:15 or 2:15pm");
        }
        var end = time(endsAt);
        if (endsAt != null && !endsAt.isBlank() && end == null) {
            result.rejectValue("endsAt", "invalid", "Enter the end time as hours and minutes, for example 16:45 or 4:45pm");
        }

        var confirmedAttendees = new ArrayList<ConfirmedMinutes.Attendee>();
        var chosen = new HashSet<Long>();
        for (int i = 0; i < attendees.size(); i++) {
            var field = attendees.get(i);
            var id = "attendee-" + i + "-person";
            if (field.getPersonId().isBlank()) {
                continue;
            }
            var name = draft.attendees().get(i).name();
            var personId = parseLong(field.getPersonId());
            var status = status(field.getStatus());
            if (personId == null) {
                result.rejectValue(id, "invalid", "Choose who " + name + " is, or leave them out");
            } else if (!chosen.add(personId)) {
                result.rejectValue(id, "twice", "The same person is chosen twice; choose who " + name + " is, or leave them out");
            } else if (status == null || status == AttendanceStatus.REPRESENTED) {
                result.rejectValue(id, "status", "Choose whether " + name
                        + " was present, sent apologies or was not in attendance");
            } else {
                confirmedAttendees.add(new ConfirmedMinutes.Attendee(personId, status));
            }
        }

        var confirmedItems = new ArrayList<ConfirmedMinutes.Item>();
        for (int i = 0; i < items.size(); i++) {
            var field = items.get(i);
            if (field.getTitle() == null || field.getTitle().isBlank()) {
                result.rejectValue("item-" + i + "-title", "required", "Enter the title of item " + (i + 1));
            }
            confirmedItems.add(new ConfirmedMinutes.Item(field.getTitle(), field.isConfidential()));
        }
        if (confirmedItems.isEmpty()) {
            result.rejectValue("heldOn", "items", "No agenda items were read from these minutes, so they cannot be imported. "
                    + "Check the file has numbered items");
        }

        var confirmedActions = new ArrayList<ConfirmedMinutes.Action>();
        for (int i = 0; i < actions.size(); i++) {
            var field = actions.get(i);
            var prefix = "action-" + i;
            if (field.getText() == null || field.getText().isBlank()) {
                continue;
            }
            if (field.getText().length() > 2000) {
                result.rejectValue(prefix + "-text", "long", "Action " + (i + 1) + " must be 2000 characters or fewer");
            }
            var item = parseIndex(field.getItem(), confirmedItems.size());
            if (item == null) {
                result.rejectValue(prefix + "-item", "required", "Choose the item action " + (i + 1) + " was raised under");
            }
            var persons = new LinkedHashSet<Long>();
            var organisationIds = new LinkedHashSet<Long>();
            var all = false;
            for (var owner : field.getOwners()) {
                if (owner == null || owner.isBlank()) {
                    continue;
                }
                if (owner.equals(MinutesDraft.ALL_PARTNERS)) {
                    all = true;
                } else if (owner.startsWith("person:") && parseLong(owner.substring(7)) != null) {
                    persons.add(parseLong(owner.substring(7)));
                } else if (owner.startsWith("organisation:") && parseLong(owner.substring(13)) != null) {
                    organisationIds.add(parseLong(owner.substring(13)));
                }
            }
            if (persons.isEmpty() && organisationIds.isEmpty() && !all) {
                result.rejectValue(prefix + "-owner-0", "required", "Choose who owns action " + (i + 1)
                        + ": a person, an organisation or all partners");
            }
            LocalDate due = null;
            var problem = field.getDueOn().problem("the due date of action " + (i + 1));
            if (problem.isPresent()) {
                result.rejectValue(prefix + "-dueOn", "invalid", problem.get());
            } else {
                due = field.getDueOn().toDate().orElse(null);
            }
            confirmedActions.add(new ConfirmedMinutes.Action(i + 1, item == null ? -1 : item, field.getText().strip(),
                    persons, organisationIds, all, due));
        }

        var confirmedDecisions = new ArrayList<ConfirmedMinutes.Decision>();
        for (int i = 0; i < decisions.size(); i++) {
            var field = decisions.get(i);
            if (field.getText() == null || field.getText().isBlank()) {
                continue;
            }
            var item = parseIndex(field.getItem(), confirmedItems.size());
            if (item == null) {
                result.rejectValue("decision-" + i + "-item", "required", "Choose the item decision " + (i + 1) + " was made on");
            }
            confirmedDecisions.add(new ConfirmedMinutes.Decision(item == null ? -1 : item, field.getText().strip()));
        }
        return new ConfirmedMinutes(draft.partnershipId(), draft.groupId(), draft.fileName(), date, start, end,
                location, onlineLink, confirmedAttendees, confirmedItems, confirmedActions, confirmedDecisions, importedBy);
    }

    /** Times are read as on the schedule form: 14:15, 14.15, 2:15pm, 2pm. */
    static LocalTime time(String text) {
        return text == null ? null : ScheduleMeetingForm.time(text).orElse(null);
    }

    private static AttendanceStatus status(String name) {
        try {
            return AttendanceStatus.valueOf(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer parseIndex(String text, int size) {
        var value = text == null ? null : parseLong(text);
        return value == null || value < 0 || value >= size ? null : value.intValue();
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
