package org.safeguardinghub.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A body that takes part in one or more partnerships: a council, a police force, a trust, a school. */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationType type;
    private String website;
    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type, String website) {
        this.name = name.trim();
        this.type = type;
        this.website = website;
    }

    void update(int expectedVersion, String name, OrganisationType type, String website) {
        StaleEdit.check(this.version, expectedVersion);
        this.name = name.trim();
        this.type = type;
        this.website = website;
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
