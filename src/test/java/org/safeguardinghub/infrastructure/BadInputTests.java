package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.infrastructure.AccessRules.Route;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input never answers 500: every GET route, asked by the business unit (who may reach almost
 * all of them) with junk in each path variable and in every query parameter a page reads, answers
 * with a 4xx page or ignores the junk, never a server error. Junk path variables are also tried by
 * an agency representative, whose access rules look the record up.
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
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

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
        // One at a time too: with all of them junk, the first that fails to bind hides what the others would do.
        for (var name : parametersRead(route)) {
            for (var junk : JUNK_VALUES) {
                check(get(URI.create(path)).param(name, junk), path + " with " + name + "=" + printable(junk), failures);
            }
        }
        if (VARIABLE.matcher(route.pattern()).results().anyMatch(v -> !v.group(1).equals("partnership"))) {
            for (var junk : JUNK_PATH_SEGMENTS) {
                var junkPath = expand(route.pattern(), junk);
                check(get(URI.create(junkPath)), junkPath, failures);
                // Rules that look the record up (action responder, activity owner, information provider)
                // only do so for people who are not the business unit.
                check(get(URI.create(junkPath)), junkPath + " as an agency representative", failures, "agency.rep");
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

    @Test
    void textTheDatabaseCannotHoldIsRefusedWith400AndNothingIsSaved() throws Exception {
        long parent = jdbc.queryForObject("""
                select min(g.id) from partnership_group g join partnership p on p.id = g.partnership_id
                where p.slug = 'shropshire' and not g.confidential""", Long.class);

        var response = mvc.perform(post("/p/shropshire/groups/new").param("name", "Nul\u0000 subgroup")
                .param("kind", "SUBGROUP").param("parentId", String.valueOf(parent)).param("purpose", "Testing")
                .param("meetingFrequency", "Monthly").with(csrf())
                .with(user(users.loadUserByUsername("business.unit")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from partnership_group where name like 'Nul%subgroup'",
                Long.class)).isZero();
    }

    /** The query parameters the controller behind the route binds: its request parameters and its form's fields. */
    private Set<String> parametersRead(Route route) {
        var names = new TreeSet<String>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (!info.getPatternValues().contains(route.pattern())
                    || !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            for (var parameter : method.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                var type = parameter.getParameterType();
                var requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (requestParam != null) {
                    names.add(!requestParam.name().isEmpty() ? requestParam.name()
                            : !requestParam.value().isEmpty() ? requestParam.value() : parameter.getParameterName());
                } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
                    continue;
                } else if (BeanUtils.isSimpleProperty(type)) {
                    names.add(parameter.getParameterName());
                } else if (type.getName().startsWith("org.safeguardinghub") && !type.isInterface()
                        && !type.getSimpleName().equals("CurrentUser")) {
                    names.addAll(formFields(type, ""));
                }
            }
        });
        return names;
    }

    private static List<String> formFields(Class<?> form, String prefix) {
        var fields = new ArrayList<String>();
        for (var property : BeanUtils.getPropertyDescriptors(form)) {
            var type = property.getPropertyType();
            if (type != null && type.getName().startsWith("org.safeguardinghub") && prefix.isEmpty()) {
                fields.addAll(formFields(type, property.getName() + "."));
            } else if (property.getWriteMethod() != null) {
                fields.add(prefix + property.getName());
            }
        }
        return fields;
    }

    private void check(MockHttpServletRequestBuilder request, String what, List<String> failures) {
        check(request, what, failures, "business.unit");
    }

    private void check(MockHttpServletRequestBuilder request, String what, List<String> failures, String username) {
        try {
            var status = mvc.perform(request.with(user(users.loadUserByUsername(username))))
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
