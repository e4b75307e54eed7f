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
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Deny unless a rule allows: each route in {@link AccessRules} gets its rule; anything else is
 * refused. Password sign-in always; single sign-on when an OpenID Connect provider is configured.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Only for the web server: bin/import-minutes starts the Hub without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain hub(HttpSecurity http, RuleAuthorization rules,
            ObjectProvider<ClientRegistrationRepository> singleSignOn, SingleSignOnAccounts singleSignOnAccounts,
            SecondFactor secondFactor) throws Exception {
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
                .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                        + (exception instanceof LockedException ? "/sign-in?locked" : "/sign-in?error"))));
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
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        http.requestCache(cache -> cache.requestCache(requestCache));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
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
