package org.safeguardinghub.audit;

import org.springframework.modulith.NamedInterface;

/**
 * Implemented by entities that belong to one partnership, so the trail can be filtered by it.
 * Entities shared between partnerships (an organisation, a person) leave the partnership empty.
 */
@NamedInterface("api")
public interface AuditedRecord {

    Long partnershipId();
}
