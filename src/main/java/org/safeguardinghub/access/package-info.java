/** Who the signed-in user is and what their roles let them do in each partnership. */
package org.safeguardinghub.access;
