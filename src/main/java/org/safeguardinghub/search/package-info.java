/**
 * Searching a partnership's minutes, decisions, matters raised and actions, showing each person only
 * what the groups and confidential items they may see allow.
 */
package org.safeguardinghub.search;
