package org.safeguardinghub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.infrastructure.RiskyDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A document that acts when opened is refused through the real upload forms, with the reason on the
 * page, and nothing of it is stored; an ordinary document through the same form is.
 */
@HubIntegrationTest
class RiskyUploadRefusalTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void termsOfReferenceWithARemoteTemplateAreRefusedOnTheFormAndNotStored() throws Exception {
        long group = jdbc.queryForObject("""
                select min(g.id) from partnership_group g join partnership p on p.id = g.partnership_id
                where p.slug = 'shropshire' and not g.confidential""", Long.class);
        var before = versions(group);

        var refused = mvc.perform(termsOfReference(group, "tor.docx", RiskyDocuments.wordWithRemoteTemplate()))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        var page = refused.getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("The Word document loads content from another location when it is opened")
                .contains("href=\"#document\"");
        assertThat(versions(group)).isEqualTo(before);

        var accepted = mvc.perform(termsOfReference(group, "tor.docx", RiskyDocuments.ordinaryWordDocument()))
                .andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(versions(group)).isEqualTo(before + 1);
    }

    @Test
    void anAgendaPaperThatRunsJavaScriptIsRefusedOnTheItemPageAndNotStored() throws Exception {
        var item = jdbc.queryForMap("""
                select i.id as item, m.id as meeting from agenda_item i join meeting m on m.id = i.meeting_id
                join partnership_group g on g.id = m.group_id join partnership p on p.id = m.partnership_id
                where p.slug = 'shropshire' and not g.confidential and not i.confidential
                order by i.id limit 1""");
        var itemPath = "/p/shropshire/meetings/" + item.get("meeting") + "/items/" + item.get("item");
        var before = papers((Long) item.get("item"));

        var refused = mvc.perform(multipart(itemPath + "/papers")
                .file(new MockMultipartFile("paper", "paper.pdf", "application/pdf", RiskyDocuments.pdfWithJavaScriptOpenAction()))
                .with(csrf()).with(user(users.loadUserByUsername("business.unit")))).andReturn();

        var message = (String) refused.getFlashMap().get("paperError");
        assertThat(message).startsWith("The PDF contains JavaScript, which can run when it is opened");
        assertThat(papers((Long) item.get("item"))).isEqualTo(before);
        var itemPage = mvc.perform(get(itemPath).flashAttr("paperError", message)
                .with(user(users.loadUserByUsername("business.unit")))).andReturn().getResponse().getContentAsString();
        assertThat(itemPage).contains("The PDF contains JavaScript, which can run when it is opened");
    }

    private MockMultipartHttpServletRequestBuilder termsOfReference(long group, String name, byte[] content) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/p/shropshire/groups/" + group + "/terms-of-reference/new")
                .file(new MockMultipartFile("document", name,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content))
                .param("agreedOn.day", "3").param("agreedOn.month", "2").param("agreedOn.year", "2026")
                .with(csrf()).with(user(users.loadUserByUsername("business.unit")));
    }

    private long versions(long group) {
        return jdbc.queryForObject("select count(*) from terms_of_reference where group_id = ?", Long.class, group);
    }

    private long papers(long item) {
        return jdbc.queryForObject("select count(*) from agenda_paper where agenda_item_id = ?", Long.class, item);
    }
}
