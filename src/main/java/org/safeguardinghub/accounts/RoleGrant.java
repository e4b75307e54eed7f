package org.safeguardinghub.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.RoleAssignment;
import org.safeguardinghub.audit.AuditedRecord;

/**
 * A role granted to an account in one partnership: a row of {@code role_assignment}. Access
 * decisions read it as an {@link RoleAssignment}.
 */
@Entity
@Table(name = "role_assignment")
public class RoleGrant implements AuditedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private Long partnershipId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long organisationId;

    protected RoleGrant() {
    }

    RoleGrant(long accountId, long partnershipId, Role role, Long organisationId) {
        if ((role == Role.AGENCY_REPRESENTATIVE) != (organisationId != null)) {
            throw new IllegalArgumentException("An agency representative acts for one organisation; other roles for none");
        }
        this.accountId = accountId;
        this.partnershipId = partnershipId;
        this.role = role;
        this.organisationId = organisationId;
    }

    RoleAssignment toAssignment() {
        return new RoleAssignment(partnershipId, role, organisationId);
    }

    @Override
    public Long partnershipId() {
        return partnershipId;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }
}
