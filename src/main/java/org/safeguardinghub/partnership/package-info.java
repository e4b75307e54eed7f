/** Who the partnership is: its organisations, people, groups, memberships and terms of reference. */
package org.safeguardinghub.partnership;
