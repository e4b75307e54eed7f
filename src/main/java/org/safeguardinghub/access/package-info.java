/** Who the signed-in user is and what their roles let them do in each partnership. */
@ApplicationModule(allowedDependencies = {})
package org.safeguardinghub.access;

import org.springframework.modulith.ApplicationModule;
