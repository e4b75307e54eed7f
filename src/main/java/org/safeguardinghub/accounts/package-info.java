/** Sign-in accounts: passwords, lockout, password reset, single sign-on and role assignments. */
package org.safeguardinghub.accounts;
