package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.infrastructure.AccessRules.Route;
import org.safeguardinghub.infrastructure.AccessRules.Rule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route has an explicit rule, and each rule does what it says: it refuses the people it
 * should and lets in the people it should.
 */
@HubIntegrationTest
class AccessRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private Map<String, String> variables;

    @BeforeEach
    void findRecordsOfTheShropshireDemo() {
        variables = DemoRouteVariables.of(jdbc);
    }

    @Test
    void everyControllerRouteHasAnExplicitAccessRule() {
        var declared = new HashSet<String>();
        AccessRules.ROUTES.forEach(r -> declared.add(r.method() + " " + r.pattern()));
        var missing = new ArrayList<String>();
        var served = 0;
        for (var entry : handlerMapping.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            if (entry.getValue().getBeanType().getName().startsWith("org.springframework.boot")) {
                continue; // Spring Boot's own error controller, reached only through error dispatches
            }
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                for (var method : methods) {
                    served++;
                    if (!declared.contains(method.name() + " " + pattern)) {
                        missing.add(method.name() + " " + pattern);
                    }
                }
                if (methods.isEmpty()) {
                    missing.add("ANY " + pattern + " (a route must name its HTTP method)");
                }
            }
        }
        assertThat(served).isGreaterThan(40);
        assertThat(missing).as("routes without an access rule in AccessRules").isEmpty();
    }

    @Test
    void everyDeclaredRuleIsAServedRouteOrHandledBySpringSecurity() {
        var served = new HashSet<String>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(p ->
                info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
        var handledByFilters = List.of("POST /sign-in", "POST /sign-out");
        assertThat(AccessRules.ROUTES.stream().map(r -> r.method() + " " + r.pattern())
                .filter(r -> !served.contains(r) && !handledByFilters.contains(r))).isEmpty();
    }

    static Stream<Route> routes() {
        return AccessRules.ROUTES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void someoneNotSignedInIsSentToSignInUnlessTheRouteIsPublic(Route route) throws Exception {
        var result = perform(route, null);
        if (route.rule() == Rule.PUBLIC) {
            assertThat(redirectsToSignIn(result)).isFalse();
            assertThat(result.getResponse().getStatus()).isNotIn(401, 403);
        } else {
            assertThat(redirectsToSignIn(result)).as("redirected to sign in").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void someoneWithoutTheRuleIsRefused(Route route) throws Exception {
        var outsider = switch (route.rule()) {
            case PUBLIC, SIGNED_IN, PASSWORD_GIVEN -> null;
            case PARTNERSHIP_MEMBER -> "staffs.unit";
            case OVERSIGHT, BUSINESS_UNIT, ACTION_RESPONDER, ACTIVITY_OWNER, CASE_REFERRER, INFORMATION_PROVIDER -> "read.only";
            case CASE_REVIEW_READER -> "agency.rep";
            case SYSTEM_ADMINISTRATOR -> "business.unit";
        };
        if (outsider == null) {
            assertThat(perform(route, "read.only").getResponse().getStatus()).isNotEqualTo(403);
            return;
        }
        assertThat(perform(route, outsider).getResponse().getStatus()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void someoneWithTheRuleIsLetIn(Route route) throws Exception {
        var insider = switch (route.rule()) {
            case PUBLIC, SIGNED_IN, PASSWORD_GIVEN, PARTNERSHIP_MEMBER -> "read.only";
            case OVERSIGHT -> "chair";
            case BUSINESS_UNIT, ACTION_RESPONDER, ACTIVITY_OWNER -> "business.unit";
            case CASE_REVIEW_READER -> "member";
            case CASE_REFERRER, INFORMATION_PROVIDER -> "agency.rep";
            case SYSTEM_ADMINISTRATOR -> "admin";
        };
        if (route.pattern().equals("/sign-out") || route.pattern().equals("/sign-in")) {
            return; // handled by Spring Security's filters, covered by SignInIntegrationTests
        }
        var status = perform(route, insider).getResponse().getStatus();
        assertThat(status).as(route + " as " + insider).isNotIn(401, 403).isLessThan(500);
    }

    private MvcResult perform(Route route, String username) throws Exception {
        var uri = route.pattern();
        for (var variable : variables.entrySet()) {
            uri = uri.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        MockHttpServletRequestBuilder request = request(route.method(), uri);
        if (route.method() == HttpMethod.POST) {
            request = request.with(csrf());
        }
        if (username != null) {
            request = request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn();
    }

    /** Sent to the sign-in page; signing out when not signed in lands on the same page with a notice. */
    private static boolean redirectsToSignIn(MvcResult result) {
        var location = result.getResponse().getRedirectedUrl();
        return result.getResponse().getStatus() == 302 && location != null
                && (location.endsWith("/sign-in") || location.endsWith("/sign-in?signed-out"));
    }
}
