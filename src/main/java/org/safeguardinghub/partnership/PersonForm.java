package org.safeguardinghub.partnership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding or changing a person. */
class PersonForm {

    @NotBlank(message = "Enter their first name")
    @Size(max = 100, message = "First name must be 100 characters or fewer")
    private String givenName;
    @NotBlank(message = "Enter their last name")
    @Size(max = 100, message = "Last name must be 100 characters or fewer")
    private String familyName;
    @Email(message = "Enter an email address in the correct format, like name@example.com")
    @Size(max = 254, message = "Email address must be 254 characters or fewer")
    private String email;
    @Size(max = 200, message = "Job title must be 200 characters or fewer")
    private String jobTitle;
    private int version;

    static PersonForm of(Person person) {
        var form = new PersonForm();
        form.givenName = person.getGivenName();
        form.familyName = person.getFamilyName();
        form.email = person.getEmail();
        form.jobTitle = person.getJobTitle();
        form.version = person.getVersion();
        return form;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
