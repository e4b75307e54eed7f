/**
 * Framework wiring with no business rules: security and access rules, the embedded database,
 * error pages, request-wide model attributes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.safeguardinghub.infrastructure;
