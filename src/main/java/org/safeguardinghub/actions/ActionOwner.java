package org.safeguardinghub.actions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person or an organisation that must act. */
@Entity
@Table(name = "action_owner")
class ActionOwner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long actionId;
    private Long personId;
    private Long organisationId;

    protected ActionOwner() {
    }

    static ActionOwner person(long actionId, long personId) {
        var owner = new ActionOwner();
        owner.actionId = actionId;
        owner.personId = personId;
        return owner;
    }

    static ActionOwner organisation(long actionId, long organisationId) {
        var owner = new ActionOwner();
        owner.actionId = actionId;
        owner.organisationId = organisationId;
        return owner;
    }

    Long getActionId() {
        return actionId;
    }

    Long getPersonId() {
        return personId;
    }

    Long getOrganisationId() {
        return organisationId;
    }
}
