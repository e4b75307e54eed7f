package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.springframework.modulith.NamedInterface;

/** Someone who sits on groups; one person can serve several partnerships. */
@Entity
@NamedInterface("api")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String givenName;
    private String familyName;
    private String email;
    private String jobTitle;
    private Long ownerPartnershipId;
    @Version
    private int version;

    protected Person() {
    }

    Person(String givenName, String familyName, String email, String jobTitle, long ownerPartnershipId) {
        this.givenName = SharedFacts.tidy(givenName);
        this.familyName = SharedFacts.tidy(familyName);
        this.email = blankToNull(email);
        this.jobTitle = blankToNull(jobTitle);
        this.ownerPartnershipId = ownerPartnershipId;
    }

    /**
     * Changes who the person is for every partnership that knows them (their email is where those
     * partnerships' action and meeting emails go): only their keeper or a system administrator may.
     */
    void update(int expectedVersion, SharedRecordEditor editor, String givenName, String familyName, String email,
            String jobTitle) {
        StaleEdit.check(this.version, expectedVersion, "person");
        var changed = !SharedFacts.tidy(givenName).equals(this.givenName) ? "givenName"
                : !SharedFacts.tidy(familyName).equals(this.familyName) ? "familyName"
                : !java.util.Objects.equals(blankToNull(email), this.email) ? "email"
                : !java.util.Objects.equals(blankToNull(jobTitle), this.jobTitle) ? "jobTitle" : null;
        if (changed == null) {
            return;
        }
        if (!editor.mayChangeFactsKeptBy(ownerPartnershipId)) {
            throw new KeptByAnotherPartnership(changed, "The person's details are kept by another partnership");
        }
        this.givenName = SharedFacts.tidy(givenName);
        this.familyName = SharedFacts.tidy(familyName);
        this.email = blankToNull(email);
        this.jobTitle = blankToNull(jobTitle);
    }

    /** Whether someone typing this name would be naming this person: case and extra spaces aside. */
    boolean isNamed(String givenName, String familyName) {
        return SharedFacts.same(this.givenName, givenName) && SharedFacts.same(this.familyName, familyName);
    }

    /** Whether this partnership's business unit may change the person's details. */
    public boolean isKeptBy(long partnershipId) {
        return ownerPartnershipId != null && ownerPartnershipId == partnershipId;
    }

    /** The partnership that keeps the person's details, or none when the system administrators do. */
    public Long getOwnerPartnershipId() {
        return ownerPartnershipId;
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
