/**
 * The strategic plan and its priorities, delivered through yearly business plans whose activities
 * their owners report on each quarter for the executive to review.
 */
package org.safeguardinghub.plans;
