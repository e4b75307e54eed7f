package org.safeguardinghub.accounts;

import java.util.Collection;
import java.util.List;
import org.safeguardinghub.access.HubPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account for a password sign-in. Roles are read per request, not fixed here. */
record AccountPrincipal(long accountId, String username, String passwordHash, boolean enabled, boolean locked,
        boolean systemAdministrator) implements UserDetails, HubPrincipal {

    /** The same account is the same principal, whatever its password hash or lock: the session registry relies on this. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return systemAdministrator ? List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMINISTRATOR"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
