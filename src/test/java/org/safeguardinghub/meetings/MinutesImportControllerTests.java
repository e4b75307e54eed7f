package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The import pages as the business unit uses them, rendering the real templates against PostgreSQL. */
@HubIntegrationTest
class MinutesImportControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;

    long shropshire;
    long group;
    String unique;

    @BeforeEach
    void aCopyOfTheOversightGroup() {
        shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        unique = UUID.randomUUID().toString().substring(0, 8);
        var oversight = jdbc.queryForObject("select id from partnership_group where partnership_id = ? and name = ?",
                Long.class, shropshire, MinutesImportIntegrationTests.OVERSIGHT);
        var copy = structure.addGroup(shropshire, null, "Import pages " + unique, GroupKind.SUBGROUP, null, null, false, null);
        structure.membersOf(shropshire, oversight).forEach(m -> structure.addMembership(shropshire, copy.getId(),
                m.person().getId(), m.organisation() == null ? null : m.organisation().getId(), m.membership().getRole(),
                null, m.membership().getStartsOn(), null));
        group = copy.getId();
    }

    private String base() {
        return "/p/shropshire/groups/" + group + "/meetings/import";
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B asBusinessUnit(B request) {
        return request.with(user(users.loadUserByUsername("business.unit"))).with(csrf());
    }

    static Stream<Arguments> badUploads() throws Exception {
        var encrypted = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(encrypted);
        }
        var oversize = new byte[21 * 1024 * 1024];
        Arrays.fill(oversize, (byte) 'a');
        return Stream.of(
                Arguments.of("", new byte[0], "Select a file of minutes"),
                Arguments.of("empty.txt", new byte[0], "empty.txt is empty"),
                Arguments.of("minutes.pdf", "Minutes of the group".getBytes(), "minutes.pdf is not a PDF file"),
                Arguments.of("minutes.docx", "Minutes of the group".getBytes(), "minutes.docx is not a Word (.docx) file"),
                Arguments.of("minutes.xlsx", "Minutes".getBytes(), "must be a Word (.docx), PDF, Markdown (.md) or text (.txt) file"),
                Arguments.of("protected.pdf", encrypted.toByteArray(), "protected.pdf is a protected (encrypted) PDF"),
                Arguments.of("huge.txt", oversize, "huge.txt is larger than 20 MB"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badUploads")
    void aBadUploadGetsAClearMessageAndNothingIsSaved(String name, byte[] content, String message) throws Exception {
        var before = jdbc.queryForObject("select count(*) from meeting", Long.class);
        var response = mvc.perform(asBusinessUnit(multipart(base()).file(new MockMultipartFile("minutes", name,
                "application/octet-stream", content)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var page = response.getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#minutes\"", "govuk-error-message")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(message));
        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isEqualTo(before);
    }

    @Test
    void uploadPreviewCorrectAndConfirm() throws Exception {
        var session = new MockHttpSession();
        var upload = mvc.perform(asBusinessUnit(multipart(base()).file(new MockMultipartFile("minutes",
                "004_5d5fd3e4636433d6.txt", "text/plain", Files.readAllBytes(MinutesImportIntegrationTests.SEED_004))))
                .session(session)).andReturn().getResponse();
        assertThat(upload.getStatus()).isEqualTo(302);
        var previewUrl = upload.getRedirectedUrl();
        assertThat(previewUrl).startsWith(base() + "/");
        var meetingsBefore = jdbc.queryForObject("select count(*) from meeting where group_id = ?", Long.class, group);
        assertThat(meetingsBefore).as("nothing is saved by uploading").isZero();

        var preview = mvc.perform(asBusinessUnit(get(previewUrl)).session(session)).andReturn().getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        var html = preview.getContentAsString();
        assertThat(html).contains("Check the imported minutes", "Tanya Miles (TM)", "Rachel Okafor holds a similar post",
                "Action 14", "In the minutes: within seven days", "both listed as SC");
        assertThat(html.split("govuk-tag--yellow\">Check<", -1).length - 1).as("flags shown").isGreaterThan(10);

        @SuppressWarnings("unchecked")
        var drafts = (Map<String, MinutesDraft>) session.getAttribute("minutesImports");
        var draft = drafts.values().iterator().next();
        var form = MinutesPreviewForm.of(draft);

        // Confirming without choosing owners where none could be matched is refused, and saves nothing.
        var refused = mvc.perform(asBusinessUnit(post(previewUrl)).session(session).params(params(form)))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("There is a problem", "Choose who owns action 5",
                "href=\"#action-4-owner-0\"");
        assertThat(jdbc.queryForObject("select count(*) from meeting where group_id = ?", Long.class, group)).isZero();

        var joanne = jdbc.queryForObject("select id from person where email = 'joanne.whitfield@hub.example'", Long.class);
        for (var action : form.getActions()) {
            if (action.getOwners().stream().allMatch(String::isBlank)) {
                action.getOwners().set(0, MinutesDraft.person(joanne));
            }
        }
        form.getActions().get(0).getOwners().set(0, MinutesDraft.ALL_PARTNERS);
        form.getActions().get(13).setText("");
        form.getItems().get(5).setConfidential(true);
        var confirmed = mvc.perform(asBusinessUnit(post(previewUrl)).session(session).params(params(form)))
                .andReturn().getResponse();
        assertThat(confirmed.getStatus()).as(confirmed.getContentAsString()).isEqualTo(302);
        var meeting = jdbc.queryForObject("select id from meeting where group_id = ?", Long.class, group);
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/p/shropshire/meetings/" + meeting + "/minutes");
        assertThat(jdbc.queryForObject("select count(*) from action a join agenda_item i on i.id = a.source_id "
                + "where a.source_type = 'MEETING_ITEM' and i.meeting_id = ?", Long.class, meeting)).isEqualTo(13);
        assertThat(jdbc.queryForObject("select all_partners from action where description like 'DS to link with LC%' and group_id = ?",
                Boolean.class, group)).isTrue();
        assertThat(jdbc.queryForObject("select confidential from agenda_item where meeting_id = ? and position = 6",
                Boolean.class, meeting)).isTrue();

        var shown = mvc.perform(asBusinessUnit(get(confirmed.getRedirectedUrl()))).andReturn().getResponse();
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsString()).contains("Wednesday 17 May 2023", "Imported from", "004_5d5fd3e4636433d6.txt",
                "Partners to respond to the ongoing actions on the tracker within seven days.", "24 May 2023");

        assertThat(mvc.perform(asBusinessUnit(get(previewUrl)).session(session)).andReturn().getResponse().getStatus())
                .as("a confirmed import is gone from the session").isEqualTo(404);
    }

    @Test
    void anOwnerTheTrackerRefusesIsPutAgainstThatActionsOwnerAndNothingIsSaved() throws Exception {
        var session = new MockHttpSession();
        var previewUrl = mvc.perform(asBusinessUnit(multipart(base()).file(new MockMultipartFile("minutes",
                "004_5d5fd3e4636433d6.txt", "text/plain", Files.readAllBytes(MinutesImportIntegrationTests.SEED_004))))
                .session(session)).andReturn().getResponse().getRedirectedUrl();
        @SuppressWarnings("unchecked")
        var drafts = (Map<String, MinutesDraft>) session.getAttribute("minutesImports");
        var form = MinutesPreviewForm.of(drafts.values().iterator().next());
        var joanne = jdbc.queryForObject("select id from person where email = 'joanne.whitfield@hub.example'", Long.class);
        form.getActions().forEach(a -> a.getOwners().set(0, MinutesDraft.person(joanne)));
        var staffordshire = partnerships.bySlug("staffordshire").orElseThrow().getId();
        var outsider = jdbc.queryForObject("""
                select pp.person_id from partnership_person pp where pp.partnership_id = ?
                and not exists (select 1 from partnership_person o where o.person_id = pp.person_id and o.partnership_id <> ?)
                order by pp.person_id limit 1""", Long.class, staffordshire, staffordshire);
        form.getActions().get(2).getOwners().set(0, MinutesDraft.person(outsider));

        var refused = mvc.perform(asBusinessUnit(post(previewUrl)).session(session).params(params(form)))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("There is a problem", "Select owners from this partnership",
                "href=\"#action-2-owner-0\"");
        assertThat(jdbc.queryForObject("select count(*) from meeting where group_id = ?", Long.class, group)).isZero();
    }

    @Test
    void aPreviewBelongsToTheSessionAndGroupItWasMadeFor() throws Exception {
        assertThat(mvc.perform(asBusinessUnit(get(base() + "/" + UUID.randomUUID()))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(asBusinessUnit(post(base() + "/" + UUID.randomUUID()))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private static org.springframework.util.MultiValueMap<String, String> params(MinutesPreviewForm form) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("heldOn.day", form.getHeldOn().getDay());
        params.add("heldOn.month", form.getHeldOn().getMonth());
        params.add("heldOn.year", form.getHeldOn().getYear());
        params.add("startsAt", form.getStartsAt());
        params.add("endsAt", form.getEndsAt());
        params.add("location", form.getLocation());
        params.add("onlineLink", form.getOnlineLink() == null ? "" : form.getOnlineLink());
        for (int i = 0; i < form.getAttendees().size(); i++) {
            params.add("attendees[" + i + "].personId", form.getAttendees().get(i).getPersonId());
            params.add("attendees[" + i + "].status", form.getAttendees().get(i).getStatus());
        }
        for (int i = 0; i < form.getItems().size(); i++) {
            params.add("items[" + i + "].title", form.getItems().get(i).getTitle());
            if (form.getItems().get(i).isConfidential()) {
                params.add("items[" + i + "].confidential", "true");
            }
        }
        for (int i = 0; i < form.getActions().size(); i++) {
            var action = form.getActions().get(i);
            params.add("actions[" + i + "].text", action.getText());
            params.add("actions[" + i + "].item", action.getItem());
            for (int o = 0; o < action.getOwners().size(); o++) {
                params.add("actions[" + i + "].owners[" + o + "]", action.getOwners().get(o));
            }
            params.add("actions[" + i + "].dueOn.day", action.getDueOn().getDay() == null ? "" : action.getDueOn().getDay());
            params.add("actions[" + i + "].dueOn.month", action.getDueOn().getMonth() == null ? "" : action.getDueOn().getMonth());
            params.add("actions[" + i + "].dueOn.year", action.getDueOn().getYear() == null ? "" : action.getDueOn().getYear());
        }
        for (int i = 0; i < form.getDecisions().size(); i++) {
            params.add("decisions[" + i + "].text", form.getDecisions().get(i).getText());
            params.add("decisions[" + i + "].item", form.getDecisions().get(i).getItem());
        }
        return params;
    }
}
