package org.safeguardinghub.partnership;

import org.safeguardinghub.rules.StaleEdit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.springframework.modulith.NamedInterface;

/** A body that takes part in one or more partnerships: a council, a police force, a trust, a school. */
@Entity
@NamedInterface("api")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationType type;
    private String website;
    private Long ownerPartnershipId;
    @Version
    private int version;

    protected Organisation() {
    }

    Organisation(String name, OrganisationType type, String website, long ownerPartnershipId) {
        this.name = SharedFacts.tidy(name);
        this.type = type;
        this.website = website;
        this.ownerPartnershipId = ownerPartnershipId;
    }

    /**
     * Changes the facts every partnership that shares the organisation relies on (its type decides
     * their structure gaps): only its keeper or a system administrator may.
     */
    void update(int expectedVersion, SharedRecordEditor editor, String name, OrganisationType type, String website) {
        StaleEdit.check(this.version, expectedVersion, "organisation");
        var changed = !SharedFacts.tidy(name).equals(this.name) ? "name" : type != this.type ? "type"
                : !java.util.Objects.equals(website, this.website) ? "website" : null;
        if (changed == null) {
            return;
        }
        if (!editor.mayChangeFactsKeptBy(ownerPartnershipId)) {
            throw new KeptByAnotherPartnership(changed, "The organisation's " + changed + " is kept by another partnership");
        }
        this.name = SharedFacts.tidy(name);
        this.type = type;
        this.website = website;
    }

    /** Whether this partnership's business unit may change the shared facts. */
    public boolean isKeptBy(long partnershipId) {
        return ownerPartnershipId != null && ownerPartnershipId == partnershipId;
    }

    /** The partnership that keeps the shared facts, or none when the system administrators do. */
    public Long getOwnerPartnershipId() {
        return ownerPartnershipId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getWebsite() {
        return website;
    }

    public int getVersion() {
        return version;
    }
}
