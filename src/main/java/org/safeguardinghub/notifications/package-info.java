/** Email: sent by SMTP when configured, otherwise kept in an outbox administrators can read. */
package org.safeguardinghub.notifications;
