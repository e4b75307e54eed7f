package org.safeguardinghub.scrutiny;

import org.safeguardinghub.govuk.DateInput;
import org.springframework.validation.BindingResult;

/** Raising a challenge. {@code to} names an organisation ("o12") or a group ("g5"). */
class ChallengeForm {

    private RaisedBy raisedBy;
    private String to;
    private String theme;
    private String question;
    private DateInput raisedOn = new DateInput();
    private DateInput responseDueOn = new DateInput();

    void validate(BindingResult result) {
        if (raisedBy == null) {
            result.rejectValue("raisedBy", "required", "Select who raised the challenge");
        }
        if (organisationId() == null && groupId() == null) {
            result.rejectValue("to", "required", "Select the organisation or the group the challenge is to");
        }
        if (question == null || question.isBlank()) {
            result.rejectValue("question", "required", "Enter what was asked");
        }
        raisedOn.problem("the date it was raised").ifPresent(p -> result.rejectValue("raisedOn", "invalid", p));
        responseDueOn.problem("the date the response is due").ifPresent(p -> result.rejectValue("responseDueOn", "invalid", p));
    }

    Long organisationId() {
        return id("o");
    }

    Long groupId() {
        return id("g");
    }

    private Long id(String prefix) {
        if (to == null || !to.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.parseLong(to.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public RaisedBy getRaisedBy() { return raisedBy; }
    public void setRaisedBy(RaisedBy raisedBy) { this.raisedBy = raisedBy; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public DateInput getRaisedOn() { return raisedOn; }
    public void setRaisedOn(DateInput raisedOn) { this.raisedOn = raisedOn; }
    public DateInput getResponseDueOn() { return responseDueOn; }
    public void setResponseDueOn(DateInput responseDueOn) { this.responseDueOn = responseDueOn; }
}
