package org.safeguardinghub.accounts;

import java.util.List;
import org.safeguardinghub.access.HubPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A single sign-on user matched to a Hub account by email address. */
class HubOidcUser extends DefaultOidcUser implements HubPrincipal {

    private final long accountId;
    private final String username;

    HubOidcUser(OidcUser user, UserAccount account) {
        super(List.of(new SimpleGrantedAuthority(account.isSystemAdministrator() ? "ROLE_SYSTEM_ADMINISTRATOR" : "ROLE_USER")),
                user.getIdToken(), user.getUserInfo());
        this.accountId = account.getId();
        this.username = account.getUsername();
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String getName() {
        return username;
    }
}
