package org.safeguardinghub.accounts;

import org.safeguardinghub.access.HubPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who is signed in where. Sessions live in the servlet container's memory; Spring Security's
 * registry (fed by the container's session events) lets a password reset end every session of
 * the account, wherever it was signed in.
 */
@Configuration(proxyBeanMethods = false)
class SignedInSessions {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    /** Ends every session of the account: its next request finds itself signed out. */
    static void endAll(SessionRegistry registry, long accountId) {
        for (var principal : registry.getAllPrincipals()) {
            if (principal instanceof HubPrincipal hub && hub.accountId() == accountId) {
                registry.getAllSessions(principal, false).forEach(session -> session.expireNow());
            }
        }
    }
}
