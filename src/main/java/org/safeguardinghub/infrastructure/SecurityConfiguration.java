package org.safeguardinghub.infrastructure;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.safeguardinghub.accounts.SecondFactor;
import org.safeguardinghub.accounts.SingleSignOnAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Deny unless a rule allows: each route in {@link AccessRules} gets its rule; anything else is
 * refused. Password sign-in always; single sign-on when an OpenID Connect provider is configured.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Only for the web server: bin/import-minutes starts the Hub without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain hub(HttpSecurity http, RuleAuthorization rules,
            ObjectProvider<ClientRegistrationRepository> singleSignOn, SingleSignOnAccounts singleSignOnAccounts,
            SessionRegistry sessionRegistry, RateLimitSettings rateLimits, SecondFactor secondFactor) throws Exception {
        http.addFilterAfter(new RateLimits(rateLimits), HeaderWriterFilter.class);
        var requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        http.authorizeHttpRequests(authorize -> {
            authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
            authorize.requestMatchers(HttpMethod.GET, "/assets/**", "/favicon.ico", "/actuator/health",
                    "/actuator/health/**").permitAll();
            authorize.requestMatchers(HttpMethod.GET, "/oauth2/authorization/**", "/login/oauth2/code/**").permitAll();
            for (var route : AccessRules.ROUTES) {
                authorize.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(route.method(), route.pattern()))
                        .access(rules.managerFor(route.rule()));
            }
            authorize.anyRequest().denyAll();
        });
        http.formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                .usernameParameter("username").passwordParameter("password")
                .successHandler(secondFactor.afterPassword(requestCache))
                .failureUrl("/sign-in?error"));
        http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                .deleteCookies("HUB_SESSION").invalidateHttpSession(true));
        if (singleSignOn.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/sign-in")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(singleSignOnAccounts))
                    .defaultSuccessUrl("/", false)
                    .failureUrl("/sign-in?sso-error"));
        }
        // A sign-in still waiting for its second factor is sent to give it, wherever it tries to go.
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) -> {
            if (SecondFactor.isPending(SecurityContextHolder.getContext().getAuthentication())) {
                response.sendRedirect(request.getContextPath() + "/two-factor");
            } else {
                response.sendError(403);
            }
        }));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)));
        http.requestCache(cache -> cache.requestCache(requestCache));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                // Every session is registered so that a password reset can end the account's sessions.
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/sign-in"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
