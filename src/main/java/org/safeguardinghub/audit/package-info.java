/** The append-only audit trail: every change and every view of a confidential record. */
package org.safeguardinghub.audit;
