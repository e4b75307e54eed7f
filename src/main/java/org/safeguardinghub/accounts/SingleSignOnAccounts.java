package org.safeguardinghub.accounts;

import org.safeguardinghub.audit.AuditAction;
import org.safeguardinghub.audit.AuditTrail;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Single sign-on (OpenID Connect, for example Microsoft Entra ID): the identity provider proves who
 * the person is; the Hub only lets them in if an enabled account has their email address. An address
 * the provider marks unverified is refused; Entra ID sends no such claim, so its absence is accepted.
 */
@Service
@NamedInterface("api")
public class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final UserAccountRepository accounts;
    private final AuditTrail audit;

    SingleSignOnAccounts(UserAccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Not transactional, so the audit line for a refused sign-in is kept when the refusal is thrown. */
    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = delegate.loadUser(request);
        var email = user.getEmail() != null ? user.getEmail() : user.getPreferredUsername();
        if (email == null || Boolean.FALSE.equals(user.getEmailVerified())) {
            throw new OAuth2AuthenticationException(new OAuth2Error("no_email", "No verified email address", null));
        }
        var account = accounts.findByEmail(email).filter(UserAccount::isEnabled).orElseThrow(() -> {
            audit.recordSecurityEvent(email, AuditAction.SIGN_IN_FAILED, "UserAccount", "unknown",
                    "Single sign-on for an email address with no Hub account");
            return new OAuth2AuthenticationException(new OAuth2Error("no_account", "No Hub account for " + email, null));
        });
        return new HubOidcUser(user, account);
    }
}
