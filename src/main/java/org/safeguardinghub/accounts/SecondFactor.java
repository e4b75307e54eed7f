package org.safeguardinghub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * The step between the password and the second factor. A password sign-in by someone who has set
 * up two-factor sign-in, or must, is marked pending: only the two-factor pages and signing out are
 * open to it until a code is given. The mark is positive on purpose, so that any other way of being
 * signed in (single sign-on, where the identity provider asks for its own second factor) is not held.
 */
@Component
@NamedInterface("api")
public class SecondFactor {

    /** The authority that marks a sign-in waiting for its second factor. */
    public static final String PENDING = "SECOND_FACTOR_PENDING";

    private final Accounts accounts;
    private final TwoFactorSignIn twoFactor;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactor(Accounts accounts, TwoFactorSignIn twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    public static boolean isPending(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()));
    }

    /**
     * After a right password: asks for the second factor when the account has one or must, otherwise
     * goes where the person was going. {@code requestCache} must be the one the filter chain saves to.
     */
    public AuthenticationSuccessHandler afterPassword(HttpSessionRequestCache requestCache) {
        var signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setRequestCache(requestCache);
        signedIn.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof AccountPrincipal principal && needsSecondFactor(principal)) {
                var authorities = new ArrayList<org.springframework.security.core.GrantedAuthority>(authentication.getAuthorities());
                authorities.add(new SimpleGrantedAuthority(PENDING));
                var pending = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
                pending.setDetails(authentication.getDetails());
                save(pending, request, response);
                response.sendRedirect(request.getContextPath() + "/two-factor");
                return;
            }
            signedIn.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private boolean needsSecondFactor(AccountPrincipal principal) {
        return twoFactor.isSetUp(principal.accountId())
                || accounts.currentUser(principal).map(twoFactor::isRequired).orElse(false);
    }

    /** Ends a pending sign-in, for instance once the account is locked. */
    void abandon(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The second factor is given: a full sign-in, in a new session id. Returns where to go next. */
    String complete(HttpServletRequest request, HttpServletResponse response) {
        var pending = SecurityContextHolder.getContext().getAuthentication();
        var authorities = pending.getAuthorities().stream().filter(a -> !PENDING.equals(a.getAuthority())).toList();
        var full = UsernamePasswordAuthenticationToken.authenticated(pending.getPrincipal(), null, authorities);
        full.setDetails(pending.getDetails());
        request.changeSessionId();
        save(full, request, response);
        // Reads the page saved when the person was sent to sign in (one session attribute, whatever cache saved it).
        var requestCache = new HttpSessionRequestCache();
        var saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
