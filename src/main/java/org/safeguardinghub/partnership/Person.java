package org.safeguardinghub.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Someone who sits on groups; one person can serve several partnerships. */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String givenName;
    private String familyName;
    private String email;
    private String jobTitle;
    @Version
    private int version;

    protected Person() {
    }

    public Person(String givenName, String familyName, String email, String jobTitle) {
        this.givenName = givenName.trim();
        this.familyName = familyName.trim();
        this.email = blankToNull(email);
        this.jobTitle = blankToNull(jobTitle);
    }

    void update(int expectedVersion, String givenName, String familyName, String email, String jobTitle) {
        StaleEdit.check(this.version, expectedVersion);
        this.givenName = givenName.trim();
        this.familyName = familyName.trim();
        this.email = blankToNull(email);
        this.jobTitle = blankToNull(jobTitle);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public Long getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public int getVersion() {
        return version;
    }
}
