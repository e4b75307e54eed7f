package org.safeguardinghub.learning;

import org.safeguardinghub.rules.StaleEdit;
import org.safeguardinghub.rules.Refused;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.safeguardinghub.audit.AuditedRecord;
import org.springframework.modulith.NamedInterface;

/** One word of the partnership's learning theme vocabulary ("Professional curiosity"). */
@Entity
@NamedInterface("api")
public class LearningTheme implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private String name;
    private String description;
    @Version
    private int version;

    protected LearningTheme() {
    }

    LearningTheme(long partnershipId, String name, String description) {
        this.partnershipId = partnershipId;
        set(name, description);
    }

    void rename(int expectedVersion, String name, String description) {
        StaleEdit.check(version, expectedVersion, "theme");
        set(name, description);
    }

    private void set(String name, String description) {
        if (name == null || name.isBlank()) {
            throw new Refused("name", "Enter the theme");
        }
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getVersion() {
        return version;
    }
}
