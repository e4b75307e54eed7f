/**
 * One action tracker for the whole partnership: actions from meetings, reviews, audits and plans
 * (through {@link org.safeguardinghub.actions.ActionTracker}), their owners, updates and closure.
 */
package org.safeguardinghub.actions;
