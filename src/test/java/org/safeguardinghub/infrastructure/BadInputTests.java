package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.infrastructure.AccessRules.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input never answers 500: every GET route, asked by the business unit (who may reach almost
 * all of them) with junk in each path variable and in every query parameter a page reads, answers
 * with a 4xx page or ignores the junk, never a server error.
 */
@HubIntegrationTest
class BadInputTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    /** What a person or a crawler might put in an address: not numbers, too big, negative, a NUL byte. */
    private static final List<String> JUNK_PATH_SEGMENTS = List.of("abc", "99999999999999999999", "-1", "%00", "0");

    private static final List<String> JUNK_VALUES = List.of("99999999999999999999", "-1", "abc", "a\u0000b",
            "31/02/2026", "2026-13-45", "", "x".repeat(5000));

    /** Every query parameter a GET page reads somewhere in the Hub, and some a filter might. */
    private static final List<String> PARAMETERS = List.of("page", "q", "search", "type", "status", "group",
            "organisation", "owner", "from", "to", "year", "quarter", "month", "day", "theme", "themeIds", "priority",
            "kind", "recordType", "recordId", "actor", "role", "meeting", "version", "sort", "id", "referral",
            "milestone", "report", "reviewGroup", "organisationId", "ownerPersonId", "ownerOrganisationId",
            "partnershipId", "personId", "parent", "outcome", "decision", "confidential", "format", "view",
            "dueOn.day", "dueOn.month", "dueOn.year", "heldOn.day", "heldOn.month", "heldOn.year", "agreedOn.year",
            "error", "locked", "reset", "signed-out");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private Map<String, String> variables;

    @BeforeEach
    void findRecordsOfTheShropshireDemo() {
        variables = DemoRouteVariables.of(jdbc);
    }

    static Stream<Route> getRoutes() {
        return AccessRules.ROUTES.stream().filter(route -> route.method() == HttpMethod.GET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("getRoutes")
    void junkNeverAnswersAServerError(Route route) throws Exception {
        var failures = new ArrayList<String>();
        var path = expand(route.pattern(), null);
        for (var junk : JUNK_VALUES) {
            var request = get(URI.create(path));
            PARAMETERS.forEach(name -> request.param(name, junk));
            check(request, path + " with every parameter " + printable(junk), failures);
        }
        if (VARIABLE.matcher(route.pattern()).results().anyMatch(v -> !v.group(1).equals("partnership"))) {
            for (var junk : JUNK_PATH_SEGMENTS) {
                var junkPath = expand(route.pattern(), junk);
                check(get(URI.create(junkPath)), junkPath, failures);
            }
        }
        if (route.pattern().contains("{partnership}")) {
            for (var junk : JUNK_PATH_SEGMENTS) {
                var junkPath = expand(route.pattern(), null).replaceFirst("/shropshire(/|$)", "/" + junk + "$1");
                check(get(URI.create(junkPath)), junkPath, failures);
            }
        }
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    private void check(MockHttpServletRequestBuilder request, String what, List<String> failures) {
        try {
            var status = mvc.perform(request.with(user(users.loadUserByUsername("business.unit"))))
                    .andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(status + " " + what);
            }
        } catch (Exception e) {
            failures.add(e.getClass().getSimpleName() + " " + what + ": " + e.getMessage());
        }
    }

    /** Fills the route's variables with the demo's records, or every variable but the partnership with junk. */
    private String expand(String pattern, String junk) {
        return VARIABLE.matcher(pattern).replaceAll(variable -> {
            var name = variable.group(1);
            return Matcher.quoteReplacement(junk != null && !name.equals("partnership") ? junk
                    : variables.getOrDefault(name, "1"));
        });
    }

    private static String printable(String junk) {
        return junk.length() > 40 ? junk.substring(0, 10) + "… (" + junk.length() + " characters)"
                : "'" + junk.replace("\u0000", "\\0") + "'";
    }
}
