/**
 * Learning from case reviews and audits: findings tagged with the partnership's learning themes and
 * followed through their tracker actions, the recurring themes, and learning briefings spread to
 * every agency, confirmed and published for anyone to read or subscribe to.
 */
package org.safeguardinghub.learning;
