package org.safeguardinghub.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.learning.BriefingText;
import org.safeguardinghub.learning.Briefings;
import org.safeguardinghub.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every PDF the Hub makes, opened with PDFBox and read as assistive technology reads it: tagged
 * (marked, with a structure tree of headings, lists and tables), in British English, titled, every
 * font embedded, and its text the very characters that were written, Welsh and Polish included.
 */
@HubIntegrationTest
class PrintedPdfsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Briefings briefings;
    @Autowired
    Partnerships partnerships;

    @Test
    void thePlanOnAPageIsATaggedPdfWithItsHeadingsAndItsTableOfPriorities() throws Exception {
        var plan = jdbc.queryForObject("select min(id) from strategic_plan where partnership_id = "
                + "(select id from partnership where slug = 'shropshire')", Long.class);
        var title = jdbc.queryForObject("select title from strategic_plan where id = ?", String.class, plan);
        var pdf = Printed.read(fetch(get("/p/shropshire/plans/" + plan + "/on-a-page.pdf")
                .with(user(users.loadUserByUsername("business.unit")))));

        pdf.assertAccessible(title);
        assertThat(pdf.structure).contains("H1", "H2", "P", "L", "LI", "Table", "TR", "TH", "TD");
        assertThat(pdf.text).contains(title, "Our vision", "Our core business", "Our priorities", "How we will do this",
                "We will monitor through");
        assertThat(pdf.landscape).isTrue();
    }

    @Test
    void theRiskRegisterIsATaggedPdfWithItsHeadingAndItsTableOfRisks() throws Exception {
        var pdf = Printed.read(fetch(get("/p/shropshire/risks/export.pdf")
                .with(user(users.loadUserByUsername("business.unit")))));

        pdf.assertAccessible("Risk register");
        assertThat(pdf.structure).contains("H1", "Table", "Caption", "TR", "TH", "TD");
        assertThat(pdf.text).contains("Risk register", "Ratings are likelihood × impact", "Cause and consequence", "Review");
        assertThat(pdf.landscape).isTrue();
    }

    @Test
    void aPublishedBriefingPrintsWelshPolishAndAccentedNamesExactlyAsWritten() throws Exception {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow();
        var unique = UUID.randomUUID().toString().substring(0, 6);
        var title = "Learning from Tŷ Coch and Ysgol y Dŵr " + unique;
        var briefing = briefings.write(shropshire.getId(), new BriefingText(title,
                "Zoë Łukasz and Agnieszka Wiśniewska raised concerns with Siân Gruffydd at Tŷ Coch.",
                "Interpreters were booked for Zoë's mother; the family's Welsh (ŵ, ŷ) was spelled correctly throughout.",
                "Names written wrongly are a barrier to being heard.",
                "- Ask how a name is spelled, including ę, ś, ą and ł\n- Record it exactly",
                "- How does your service record Zoë, Łukasz and Siân?", null));
        briefings.publish(shropshire, briefing.getId(), briefing.getVersion(), "business.unit");

        var pdf = Printed.read(fetch(get("/public/shropshire/briefings/" + briefing.getId() + "/briefing.pdf")));

        pdf.assertAccessible(title);
        assertThat(pdf.structure).contains("H1", "H2", "P", "L", "LI");
        assertThat(pdf.text).contains(title, "Zoë Łukasz", "Agnieszka Wiśniewska", "Siân Gruffydd", "Tŷ Coch", "(ŵ, ŷ)",
                "ę, ś, ą and ł", "Read it online: ");
        assertThat(pdf.text).doesNotContain("?ukasz", "Wi?niewska", "T? Coch");
        assertThat(pdf.landscape).isFalse();
    }

    private byte[] fetch(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response.getContentAsByteArray();
    }

    /** What a PDF reader and a screen reader find in a PDF. */
    private record Printed(String language, String title, String author, String subject, boolean marked, boolean displaysTitle, String metadata,
            List<String> structure, Set<String> fonts, Set<String> unembeddedFonts, String text, boolean landscape) {

        static Printed read(byte[] bytes) throws IOException {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                var catalog = document.getDocumentCatalog();
                var structure = new ArrayList<String>();
                if (catalog.getStructureTreeRoot() != null) {
                    walk(catalog.getStructureTreeRoot(), structure);
                }
                var fonts = new LinkedHashSet<String>();
                var unembedded = new LinkedHashSet<String>();
                for (var page : document.getPages()) {
                    collectFonts(page.getResources(), fonts, unembedded);
                }
                var metadata = catalog.getMetadata() == null ? ""
                        : new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
                var firstPage = document.getPage(0).getMediaBox();
                var information = document.getDocumentInformation();
                return new Printed(catalog.getLanguage(), information.getTitle(), information.getAuthor(), information.getSubject(),
                        catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                        catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(),
                        metadata, structure, fonts, unembedded,
                        // Lines wrap where the page ends, not where the words do.
                        new PDFTextStripper().getText(document).replaceAll("\\s+", " "),
                        firstPage.getWidth() > firstPage.getHeight());
            }
        }

        private static void walk(PDStructureNode node, List<String> types) {
            for (var kid : node.getKids()) {
                if (kid instanceof PDStructureElement element) {
                    types.add(element.getStructureType());
                    walk(element, types);
                }
            }
        }

        private static void collectFonts(PDResources resources, Set<String> fonts, Set<String> unembedded) throws IOException {
            if (resources == null) {
                return;
            }
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                fonts.add(font.getName());
                if (!font.isEmbedded()) {
                    unembedded.add(font.getName());
                }
            }
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    collectFonts(form.getResources(), fonts, unembedded);
                }
            }
        }

        void assertAccessible(String expectedTitle) {
            assertThat(author).isEqualTo("Shropshire Safeguarding Community Partnership");
            assertThat(subject).as("description, which PDF/UA asks for").startsWith("Shropshire Safeguarding Community Partnership")
                    .hasSizeGreaterThan(60);
            assertThat(marked).as("marked as tagged").isTrue();
            assertThat(structure).as("structure tree").isNotEmpty().contains("Document");
            assertThat(language).isEqualTo("en-GB");
            assertThat(title).isEqualTo(expectedTitle);
            assertThat(displaysTitle).as("the reader shows the title, not the file name").isTrue();
            assertThat(metadata).as("claims PDF/UA-1").contains("pdfuaid:part").containsPattern("pdfuaid:part[^0-9]*1");
            assertThat(fonts).as("fonts").isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
            assertThat(unembeddedFonts).as("fonts not embedded").isEmpty();
        }
    }
}
