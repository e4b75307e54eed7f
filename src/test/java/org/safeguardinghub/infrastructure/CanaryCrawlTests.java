package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.TestSmtp;
import org.safeguardinghub.actions.ActionReminders;
import org.safeguardinghub.actions.ActionTracker;
import org.safeguardinghub.infrastructure.CanaryRecords.Canary;
import org.safeguardinghub.infrastructure.CanaryRecords.Planted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;

/**
 * The canary crawl: records of every kind that can be confidential are planted with a unique word
 * in each confidential field; then each role that may not read them signs in, reads every GET route
 * and follows every link it can reach (pages, search for each word, CSV, Excel and PDF exports, public
 * pages), and reads every email sent to it. Any canary seen is a leak, reported with the route or
 * email and the field. The business unit, who may read everything, must find every canary, so the
 * crawl cannot pass by reading nothing. New record types that can be confidential add their fields
 * to {@link CanaryRecords}.
 */
@HubIntegrationTest
class CanaryCrawlTests {

    private static final int REQUESTS_PER_ROLE = 1500;
    private static final Pattern CANARY = Pattern.compile("canary[a-z]{8}");

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    ActionReminders reminders;
    @Autowired
    ActionTracker tracker;
    @Autowired
    JdbcTemplate jdbc;

    /** One person the crawl signs in as: who they are, how to sign in and where their email goes. */
    private record Reader(String role, RequestPostProcessor signIn, String email, List<String> searches) {
    }

    /** A canary seen by someone who may not read it. */
    private record Leak(String role, String where, Canary canary) {
    }

    private MockMvc mvc;

    /**
     * The Hub's own MockMvc set-up (its filters and Spring Security's test support) without the
     * printing of every request on failure, which for thousands of requests costs more than the crawl.
     */
    @BeforeEach
    void quietMockMvc() {
        var builder = MockMvcBuilders.webAppContextSetup(context);
        var quiet = new SpringBootMockMvcBuilderCustomizer(context);
        quiet.setPrint(MockMvcPrint.NONE);
        quiet.customize(builder);
        context.getBeansOfType(MockMvcBuilderCustomizer.class).values().stream()
                .filter(c -> !(c instanceof SpringBootMockMvcBuilderCustomizer)).forEach(c -> c.customize(builder));
        mvc = builder.build();
    }

    @Test
    void theCrawlsMockMvcGoesThroughTheHubsSecurity() throws Exception {
        var response = mvc.perform(get("/p/shropshire")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.perform(get("/p/shropshire").with(user(users.loadUserByUsername("staffs.unit")))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void noOneSeesAConfidentialWordTheyMayNotReadAndTheBusinessUnitSeesThemAll() throws Exception {
        var records = new CanaryRecords();
        beans.autowireBean(records);
        var planted = records.plant();
        var words = planted.canaries();
        sendTheActionEmails(records, planted);

        var readers = List.of(
                reader("read.only", SHROPSHIRE), reader("agency.rep", BOTH), reader("partner", SHROPSHIRE),
                new Reader(CanaryRecords.MEMBER, user(users.loadUserByUsername(planted.memberUsername())), planted.memberEmail(),
                        SHROPSHIRE),
                reader("staffs.unit", BOTH),
                new Reader("public", null, null, List.of()));
        var plantedIds = new LinkedHashSet<String>();
        planted.bindings().forEach(b -> b.forEach((name, value) -> {
            if (!name.equals("partnership")) {
                plantedIds.add(value);
            }
        }));

        var leaks = new ArrayList<Leak>();
        var summary = new StringBuilder();
        for (var reader : readers) {
            var crawl = new CanaryCrawl(mvc, reader.signIn(), words.keySet(), plantedIds, REQUESTS_PER_ROLE);
            var started = System.nanoTime();
            for (var sighting : crawl.crawl(seeds(planted, reader.searches()))) {
                var canary = words.get(sighting.word());
                if (!canary.audience().mayRead(reader.role())) {
                    leaks.add(new Leak(reader.role(), "GET " + sighting.where(), canary));
                }
            }
            if (reader.email() != null) {
                for (var email : emailsTo(reader.email())) {
                    for (var word : canariesIn(email.text(), words.keySet())) {
                        var canary = words.get(word);
                        if (!canary.audience().mayRead(reader.role())) {
                            leaks.add(new Leak(reader.role(), "email \"" + email.subject() + "\"", canary));
                        }
                    }
                }
            }
            summary.append(String.format("%s: %d requests, %d s%n", reader.role(), crawl.requests(),
                    (System.nanoTime() - started) / 1_000_000_000));
        }

        var businessUnit = new CanaryCrawl(mvc, user(users.loadUserByUsername("business.unit")), words.keySet(), plantedIds,
                REQUESTS_PER_ROLE * 2);
        var found = new TreeSet<String>();
        businessUnit.crawl(seeds(planted, SHROPSHIRE)).forEach(s -> found.add(s.word()));
        summary.append(String.format("business.unit: %d requests%n", businessUnit.requests()));
        var neverFound = words.values().stream().filter(c -> !found.contains(c.word()))
                .map(c -> c.field() + " (" + c.word() + ")").sorted().toList();

        System.out.println("Canary crawl:\n" + summary);
        if (!neverFound.isEmpty()) {
            fail("The business unit, who may read everything, never found these canaries: the crawl does not reach "
                    + "them, so it could not see them leak either:\n  " + String.join("\n  ", neverFound));
        }
        if (!leaks.isEmpty()) {
            fail(report(leaks));
        }
    }

    private static final List<String> SHROPSHIRE = List.of("shropshire");
    private static final List<String> BOTH = List.of("shropshire", "staffordshire");

    /** A demo account, searching each canary word in the partnerships it belongs to (or reaches for). */
    private Reader reader(String username, List<String> searches) {
        var account = jdbc.queryForObject("select email from user_account where username = ?", String.class, username);
        return new Reader(username, user(users.loadUserByUsername(username)), account, searches);
    }

    /** Every GET route filled in with each set of planted records, the home pages, and a search for each word. */
    private static List<String> seeds(Planted planted, List<String> searches) {
        var seeds = new LinkedHashSet<String>();
        seeds.add("/");
        seeds.add("/partnerships");
        seeds.add("/p/shropshire");
        seeds.add("/p/staffordshire");
        var bindings = new ArrayList<Map<String, String>>(planted.bindings());
        bindings.add(Map.of("partnership", "staffordshire"));
        for (var route : AccessRules.ROUTES) {
            if (route.method() != HttpMethod.GET) {
                continue;
            }
            for (var binding : bindings) {
                var uri = route.pattern();
                for (var variable : binding.entrySet()) {
                    uri = uri.replace("{" + variable.getKey() + "}", variable.getValue());
                }
                if (!uri.contains("{") && !uri.startsWith("/sign-") && !uri.startsWith("/password-reset")) {
                    seeds.add(uri);
                }
            }
        }
        seeds.add("/p/shropshire/search?q=" + CanaryRecords.COMMON_WORD);
        for (var slug : searches) {
            seeds.add("/p/" + slug + "/search?q=" + CanaryRecords.COMMON_WORD);
            planted.canaries().keySet().stream().sorted().forEach(word -> seeds.add("/p/" + slug + "/search?q=" + word));
        }
        return List.copyOf(seeds);
    }

    /** Raising the actions emailed their owners; now the reminders before and after the due date, a chase each, and a digest. */
    private void sendTheActionEmails(CanaryRecords records, Planted planted) {
        var today = LocalDate.now();
        var due = today.plusDays(23);
        reminders.sendReminders(due.minusDays(7));
        reminders.sendReminders(due);
        reminders.sendReminders(due.plusDays(1));
        var businessUnit = records.as("business.unit");
        long shropshire = jdbc.queryForObject("select id from partnership where slug = 'shropshire'", Long.class);
        for (var id : planted.actionIds()) {
            var action = tracker.find(businessUnit, shropshire, id).orElseThrow().action();
            tracker.chase(businessUnit, shropshire, id, action.getVersion());
        }
        reminders.sendDigests(today.plusDays(700));
    }

    private record Email(String subject, String text) {
    }

    private static List<Email> emailsTo(String address) throws Exception {
        var emails = new ArrayList<Email>();
        for (MimeMessage message : TestSmtp.server().getReceivedMessages()) {
            var to = Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            if (to) {
                var text = new StringBuilder(String.valueOf(message.getSubject())).append('\n');
                read(message, text);
                emails.add(new Email(message.getSubject(), text.toString()));
            }
        }
        return emails;
    }

    /** The words of an email: its text parts, and the text of any PDF or other attachment. */
    private static void read(Part part, StringBuilder text) throws Exception {
        var content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                read(body, text);
            }
        } else if (content instanceof String string) {
            text.append(string).append('\n');
        } else {
            var bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            var raw = bytes.toByteArray();
            text.append(part.getFileName()).append('\n').append(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
            if (String.valueOf(part.getContentType()).toLowerCase(Locale.ROOT).contains("pdf")) {
                try (var document = Loader.loadPDF(raw)) {
                    text.append(new PDFTextStripper().getText(document));
                }
            }
        }
    }

    private static Set<String> canariesIn(String text, Set<String> words) {
        var found = new TreeSet<String>();
        var matcher = CANARY.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (words.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    /** The leaks grouped by role and field, each with up to eight places it was seen. */
    private static String report(List<Leak> leaks) {
        var byRoleAndField = new TreeMap<String, TreeMap<String, Set<String>>>();
        for (var leak : leaks) {
            byRoleAndField.computeIfAbsent(leak.role(), r -> new TreeMap<>())
                    .computeIfAbsent(leak.canary().field() + " [" + leak.canary().word() + "]", f -> new TreeSet<>())
                    .add(leak.where());
        }
        var text = new StringBuilder("confidential words seen by someone who may not read them (")
                .append(leaks.size()).append(" sightings)\n");
        byRoleAndField.forEach((role, fields) -> {
            text.append("\n").append(role).append(":\n");
            fields.forEach((field, places) -> {
                text.append("  ").append(field).append("\n");
                places.stream().limit(8).forEach(place -> text.append("      ").append(place).append("\n"));
                if (places.size() > 8) {
                    text.append("      … and ").append(places.size() - 8).append(" more\n");
                }
            });
        });
        return text.toString();
    }
}
