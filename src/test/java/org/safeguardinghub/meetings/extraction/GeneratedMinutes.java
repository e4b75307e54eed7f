package org.safeguardinghub.meetings.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Minutes as PDF and Word files, made here rather than checked in so that what is in them can be
 * read in the test source. Names and partnerships are invented.
 */
final class GeneratedMinutes {

    static final String LEARNING_SUBGROUP_PDF = "southvale-learning-subgroup.pdf";
    static final String EXPLOITATION_SUBGROUP_DOCX = "kingsford-exploitation-subgroup.docx";

    /** Three pages, each with a protective marking at the top and "Page n of 3" at the bottom. */
    static final List<List<String>> LEARNING_SUBGROUP_PAGES = List.of(
            List.of(
                    "Southvale Safeguarding Children Partnership",
                    "Learning and Improvement Subgroup – Minutes",
                    "Thursday 7 November 2024, 09:30 to 11:00, Southvale House",
                    "",
                    "Name\tOrganisation\tRole",
                    "Ellis Grant (EG)\tSouthvale Council\tEducation Safeguarding Lead",
                    "Jo Bennett (JB)\tSouthvale ICB\tNamed Nurse",
                    "James Burton (JB)\tSouthvale Police\tDetective Sergeant",
                    "Hannah Cole (HC)\tSouthvale Partnership\tTraining Coordinator",
                    "",
                    "1. Welcome and apologies",
                    "Apologies were received from Leon Marsh and Ruth Evans.",
                    "2. Learning briefing: adolescent neglect",
                    "HC presented the draft learning briefing on adolescent neglect. Members agreed that the",
                    "briefing should include the voice of young people and examples of good practice.",
                    "Action: HC to add two case examples to the briefing and circulate it within ten working days.",
                    "Action: EG to write to all head teachers about the new referral pathway and to"),
            List.of(
                    "confirm that the guidance has been shared with staff by 31 May 2025.",
                    "3. Training evaluation",
                    "HC reported that 412 practitioners attended multi-agency training in the last quarter and",
                    "that evaluation forms showed a clear rise in confidence. The action plan for the training",
                    "programme was noted.",
                    "Action: JB to share the police training attendance figures with HC.",
                    "Action: KT to confirm the dates for the spring conference.",
                    "Decision: The subgroup agreed to run the conference online."),
            List.of(
                    "4. Any other business",
                    "None.",
                    "Date of next meeting: 6 February 2025"));

    private static final float[] COLUMNS = {50, 220, 390};

    private GeneratedMinutes() {
    }

    static byte[] learningSubgroupPdf() {
        return pdf(LEARNING_SUBGROUP_PAGES, true, false);
    }

    /**
     * Lays out one line of text per entry; a tab puts the next text in the next column, as a table
     * would. With running heads, every page gets "OFFICIAL-SENSITIVE" above and "Page n of N" below.
     */
    static byte[] pdf(List<List<String>> pages, boolean runningHeads, boolean encrypted) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages.size(); i++) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    if (runningHeads) {
                        write(content, font, 50, 800, "OFFICIAL-SENSITIVE");
                        write(content, font, 260, 30, "Page " + (i + 1) + " of " + pages.size());
                    }
                    float y = 770;
                    for (var line : pages.get(i)) {
                        var cells = line.split("\t");
                        for (int c = 0; c < cells.length; c++) {
                            if (!cells[c].isEmpty()) {
                                write(content, font, COLUMNS[c], y, cells[c]);
                            }
                        }
                        y -= 15;
                    }
                }
            }
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream content, PDType1Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /**
     * A Word file as Word writes minutes: the attendees in a table (one job title over two
     * paragraphs of its cell), agenda items with automatic numbering (the numbers are not in the
     * text), and "Action:" in bold in a run of its own.
     */
    static byte[] exploitationSubgroupDocx() {
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var title = docx.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("Kingsford Safeguarding Children Partnership");
            docx.createParagraph().createRun().setText("Child Exploitation Subgroup: minutes of the meeting held on 19 February 2025");
            var present = docx.createParagraph().createRun();
            present.setBold(true);
            present.setText("Present");

            var table = docx.createTable(6, 3);
            String[][] rows = {
                    {"Name", "Organisation", "Job title"},
                    {"Nina Shah (NS)", "Kingsford Council", "Exploitation Lead"},
                    {"Dev Malik (DM)", "Kingsford Police", "Detective Inspector"},
                    {"Rosa Lindqvist (RL)", "Kingsford Youth Justice Service", "Team Manager"},
                    {"Alan Brooks (AB)", "Kingsford Council", "Missing Children Coordinator"},
                    {"Megan Ford (MF)", "Kingsford Council", "Head of Service,\nEarly Help"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    var cell = table.getRow(r).getCell(c);
                    var lines = rows[r][c].split("\n");
                    cell.getParagraphs().getFirst().createRun().setText(lines[0]);
                    for (int l = 1; l < lines.length; l++) {
                        cell.addParagraph().createRun().setText(lines[l]);
                    }
                }
            }
            docx.createParagraph().createRun().setText("Apologies: Tessa Moore (Kingsford ICB)");

            var numbered = agendaNumbering(docx);
            item(docx, numbered, "Welcome and introductions");
            docx.createParagraph().createRun().setText("NS welcomed members and thanked DM for hosting the meeting.");
            item(docx, numbered, "Missing children report");
            docx.createParagraph().createRun().setText(
                    "AB presented the missing children report for the quarter. Return home interviews were offered in 91% of episodes.");
            action(docx, "AB to send the missing children return home interview figures to RL by 14 March.");
            action(docx, "Nina Shah / Dev Malik to agree a joint briefing for schools on county lines by the end of the month.");
            item(docx, numbered, "Exploitation risk assessment tool");
            docx.createParagraph().createRun().setText(
                    "MF described the regional tool and the training offer. The action plan was noted.");
            var decision = docx.createParagraph();
            var label = decision.createRun();
            label.setBold(true);
            label.setText("Decision:");
            decision.createRun().setText(" The subgroup agreed to adopt the regional exploitation risk assessment tool from 1 April 2025.");
            item(docx, numbered, "Youth justice update");
            action(docx, "RL to present the youth justice data at the next meeting.");
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigInteger agendaNumbering(XWPFDocument docx) {
        var abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        var level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        level.addNewStart().setVal(BigInteger.ONE);
        var numbering = docx.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    private static void item(XWPFDocument docx, BigInteger numbering, String title) {
        var paragraph = docx.createParagraph();
        paragraph.setStyle("ListParagraph");
        paragraph.setNumID(numbering);
        paragraph.setNumILvl(BigInteger.ZERO);
        var run = paragraph.createRun();
        run.setBold(true);
        run.setText(title);
    }

    private static void action(XWPFDocument docx, String text) {
        var paragraph = docx.createParagraph();
        var label = paragraph.createRun();
        label.setBold(true);
        label.setText("Action:");
        paragraph.createRun().setText(" " + text);
    }
}
