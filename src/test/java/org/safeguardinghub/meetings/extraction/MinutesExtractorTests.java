package org.safeguardinghub.meetings.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.meetings.extraction.ExtractedMinutes.Action;

class MinutesExtractorTests {

    private final MinutesExtractor extractor = new MinutesExtractor();

    /** Invented people; two share "SC", and "SG" and "SGa" differ only by a third letter. */
    private static final String HEAD = """
            Minutes of the Test Subgroup
            Wednesday 17th May 2023, 10:00, online

            Present:
            Dana Shaw (DS) – Assistant Director, Northbrook Council
            Lena Carr (LC) – Development Officer, Northbrook Partnership
            Ben Lowe (BL) – Administrator, Northbrook Partnership
            Sam Green (SG) – Detective Inspector, Northshire Police
            Sara Gaskell (SGa) – Education Safeguarding Lead, Northbrook Council
            Sharon Cole (SC) – Named Nurse, Northbrook ICB
            Simon Clarke (SC) – Head of Service, Northbrook Council
            Jane Doe (JD) – Chair, Northbrook Council
            Priya Shah (PS) – Designated Doctor, Northbrook ICB

            Not in attendance:
            Jo Kirk (JK) – Virtual Head Teacher, Northbrook Council

            1. Business
            """;

    private ExtractedMinutes read(String body) throws MinutesRejected {
        return extractor.extract("minutes.txt", (HEAD + body).getBytes(StandardCharsets.UTF_8));
    }

    private Action onlyAction(String body) throws MinutesRejected {
        var minutes = read(body);
        assertThat(minutes.actions()).hasSize(1);
        return minutes.actions().getFirst();
    }

    @Nested
    class Deadlines {

        @Test
        void aDateWithoutAYearIsTheNextOneOnOrAfterTheMeeting() throws Exception {
            assertThat(onlyAction("Action: DS to send the report by 1st September.").due()).isEqualTo("2023-09-01");
            assertThat(onlyAction("Action: DS to send the report by 15 January.").due()).isEqualTo("2024-01-15");
            assertThat(onlyAction("Action: DS to send the report by the 17th of May.").due()).isEqualTo("2023-05-17");
            assertThat(onlyAction("Action: DS to send the report by the end of June.").due()).isEqualTo("2023-06-30");
        }

        @Test
        void aDateWithAYearIsTakenAsWritten() throws Exception {
            assertThat(onlyAction("Action: DS to send the report by 30 June 2024.").due()).isEqualTo("2024-06-30");
            assertThat(onlyAction("Action: DS to send the report by 01/09/2023.").due()).isEqualTo("2023-09-01");
            assertThat(onlyAction("Action: DS to send the report by Friday 2 June 2023.").due()).isEqualTo("2023-06-02");
            assertThat(onlyAction("Action: DS to send the report by 2023-07-14.").due()).isEqualTo("2023-07-14");
        }

        @Test
        void relativeDeadlinesAreKeptInTheirOwnWords() throws Exception {
            assertThat(onlyAction("Action: Partners to respond within seven days.").due()).isEqualTo("within seven days");
            assertThat(onlyAction("Action: DS to reply within 2 weeks.").due()).isEqualTo("within 2 weeks");
            assertThat(onlyAction("Action: DS to report by the next meeting.").due()).isEqualTo("by the next meeting");
            assertThat(onlyAction("Action: DS to keep the tracker up to date – ongoing.").due()).isEqualTo("ongoing");
            assertThat(onlyAction("Action: DS to tell schools as soon as possible.").due()).isEqualTo("as soon as possible");
        }

        @Test
        void noDeadlineIsNoneAndOngoingInASentenceIsNotADeadline() throws Exception {
            assertThat(onlyAction("Action: DS to review the ongoing actions on the tracker.").due()).isNull();
            assertThat(onlyAction("Action: DS to write to the Chief Constable.").due()).isNull();
        }

        @Test
        void aYearlessDateWithNoMeetingDateIsKeptAsWrittenAndFlagged() throws Exception {
            var minutes = extractor.extract("minutes.txt", """
                    Minutes of the Test Subgroup
                    1. Business
                    Action: Partners to send returns by 1st September.
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(minutes.date()).isNull();
            assertThat(minutes.actions().getFirst().due()).isEqualTo("1st September");
            assertThat(minutes.warnings()).contains("No meeting date was found",
                    "\"1st September\" has no year and the minutes give no meeting date; kept as written");
        }

        @Test
        void aDeadlineBeforeTheMeetingIsFlagged() throws Exception {
            var minutes = read("Action: DS to send the report by 01/01/2023.");
            assertThat(minutes.actions().getFirst().due()).isEqualTo("2023-01-01");
            assertThat(minutes.warnings()).contains("A deadline of 2023-01-01 is before the meeting on 2023-05-17");
        }

        @Test
        void aDateThatDoesNotExistIsKeptAsWrittenAndFlagged() throws Exception {
            var minutes = read("Action: DS to send the report by 31/02/2024.");
            assertThat(minutes.actions().getFirst().due()).isEqualTo("31/02/2024");
            assertThat(minutes.warnings()).contains("\"31/02/2024\" is not a date that exists; kept as written");
        }

        @Test
        void theMeetingDateComesFromTheHeading() {
            assertThat(DueDates.meetingDate("Wednesday 17th May 2023, 2:15pm – 4:45pm")).contains(LocalDate.of(2023, 5, 17));
            assertThat(DueDates.meetingDate("Date: 09/01/2024")).contains(LocalDate.of(2024, 1, 9));
            assertThat(DueDates.meetingDate("held on March 5, 2024 at the Civic Centre")).contains(LocalDate.of(2024, 3, 5));
            assertThat(DueDates.meetingDate("the 17th of May")).isEmpty();
        }

        @Test
        void aDueColumnKeepsWordsThatAreNotADate() {
            var warnings = new ArrayList<String>();
            var meeting = LocalDate.of(2024, 1, 24);
            assertThat(DueDates.field("29 February 2024", meeting, warnings)).isEqualTo("2024-02-29");
            assertThat(DueDates.field("By 3 March", meeting, warnings)).isEqualTo("2024-03-03");
            assertThat(DueDates.field("Next meeting", meeting, warnings)).isEqualTo("Next meeting");
            assertThat(DueDates.field("w/c 3 June", meeting, warnings)).isEqualTo("w/c 3 June");
            assertThat(DueDates.field("TBC", meeting, warnings)).isNull();
            assertThat(DueDates.field("", meeting, warnings)).isNull();
            assertThat(warnings).isEmpty();
        }
    }

    @Nested
    class Owners {

        @Test
        void initialsThatDifferOnlyByAThirdLetterAreToldApart() throws Exception {
            var minutes = read("""
                    Action: SG to brief response officers.
                    Action: SGa to update the schools briefing.
                    """);
            assertThat(minutes.actions()).extracting(Action::owners)
                    .containsExactly(List.of("Sam Green"), List.of("Sara Gaskell"));
            assertThat(minutes.warnings()).noneMatch(w -> w.contains("SG"));
        }

        @Test
        void initialsInTheWrongCaseAreMatchedButFlagged() throws Exception {
            var minutes = read("Action: SGA to update the schools briefing.");
            assertThat(minutes.actions().getFirst().owners()).containsExactly("Sara Gaskell");
            assertThat(minutes.warnings()).contains("Action in item 1: SGA taken to be SGa (Sara Gaskell)");
        }

        @Test
        void sharedInitialsAreNeverGuessed() throws Exception {
            var minutes = read("Action: SC to check the health chronology.");
            assertThat(minutes.actions().getFirst().owners()).containsExactly("SC");
            assertThat(minutes.warnings()).contains(
                    "Sharon Cole and Simon Clarke are both listed as SC; an action for SC cannot be given to either",
                    "Action in item 1: SC could be Sharon Cole or Simon Clarke; kept as written");
        }

        @Test
        void unknownInitialsAreKeptWithAWarning() throws Exception {
            var minutes = read("Action: QZ to confirm the venue.");
            assertThat(minutes.actions().getFirst().owners()).containsExactly("QZ");
            assertThat(minutes.warnings()).contains("Action in item 1: no attendee has the initials QZ; kept as written");
        }

        @Test
        void someoneNotAtTheMeetingCanOwnAnActionButItIsFlagged() throws Exception {
            var minutes = read("Action: JK to send the virtual school figures.");
            assertThat(minutes.actions().getFirst().owners()).containsExactly("Jo Kirk");
            assertThat(minutes.warnings()).contains("Action in item 1: JK is Jo Kirk, who is listed as not in attendance");
        }

        @Test
        void theOwnerIsWhoMustActNotWhoTheyWorkWith() throws Exception {
            var minutes = read("""
                    Action: DS to link with LC to discuss school colleagues joining the group.
                    Action: LC and BL to work with the Business Unit to update the mailing list.
                    Action: LC to arrange a task and finish group involving Tom Hart (from BeeU), SG, DS and PS.
                    Action: PS to speak to the Head of Safeguarding at the Trust.
                    """);
            assertThat(minutes.actions()).extracting(Action::owners).containsExactly(
                    List.of("Dana Shaw"), List.of("Lena Carr", "Ben Lowe"), List.of("Lena Carr"), List.of("Priya Shah"));
            assertThat(minutes.warnings()).noneMatch(w -> w.contains("Tom Hart"));
        }

        @Test
        void bodiesAndRolesAreKeptAsWritten() throws Exception {
            var minutes = read("""
                    Action: The Business Unit to update the terms of reference.
                    Action: All partners to confirm their returns.
                    Action: Partners to respond to the tracker.
                    Action: The Chair to write to the Chief Constable.
                    Action: The Children's Safeguarding and Protection Group will discuss the front door at the next meeting.
                    """);
            assertThat(minutes.actions()).extracting(Action::owners).containsExactly(
                    List.of("The Business Unit"), List.of("All partners"), List.of("Partners"), List.of("The Chair"),
                    List.of("The Children's Safeguarding and Protection Group"));
            assertThat(minutes.warnings()).noneMatch(w -> w.startsWith("Action in"));
        }

        @Test
        void twoOwnersWrittenWithASlash() throws Exception {
            var minutes = read("""
                    Action: Jane Doe / Priya Shah to agree a joint briefing.
                    Action: JD/PS to present it to the Board.
                    """);
            assertThat(minutes.actions()).extracting(Action::owners)
                    .containsExactly(List.of("Jane Doe", "Priya Shah"), List.of("Jane Doe", "Priya Shah"));
        }

        @Test
        void anInlineActionTakesTheSentenceBeforeIt() throws Exception {
            var action = onlyAction("The Board discussed the audit. The findings will be shared with all schools by 30 June 2023. (Action: Jane Doe)");
            assertThat(action).isEqualTo(new Action("1", "The findings will be shared with all schools by 30 June 2023.",
                    List.of("Jane Doe"), "2023-06-30"));
        }

        @Test
        void anActionGivingOnlyItsOwnerTakesThePreviousParagraph() throws Exception {
            var action = onlyAction("""
                    The protocol will be revised to reflect the new guidance.
                    ACTION: LC
                    """);
            assertThat(action).isEqualTo(new Action("1", "The protocol will be revised to reflect the new guidance.",
                    List.of("Lena Carr"), null));
        }

        @Test
        void ownerAndDueFieldsAndTrailingOwners() throws Exception {
            var minutes = read("""
                    Action: Circulate the slides to members – LC
                    Action: Review the threshold document (Owner: JD; Due: 30/06/2023)
                    Action: Update the dataset (PS, by the next meeting)
                    """);
            assertThat(minutes.actions()).containsExactly(
                    new Action("1", "Circulate the slides to members", List.of("Lena Carr"), null),
                    new Action("1", "Review the threshold document", List.of("Jane Doe"), "2023-06-30"),
                    new Action("1", "Update the dataset", List.of("Priya Shah"), "by the next meeting"));
        }

        @Test
        void thePassiveTakesItsAgentAsTheOwner() throws Exception {
            assertThat(onlyAction("Action: Minutes to be circulated by LC within a week.").owners()).containsExactly("Lena Carr");
        }

        @Test
        void aFirstNameAloneIsMatchedOnlyWhenItIsUniqueAndThenFlagged() throws Exception {
            var minutes = read("Action: Priya to send the health figures.");
            assertThat(minutes.actions().getFirst().owners()).containsExactly("Priya Shah");
            assertThat(minutes.warnings()).contains(
                    "Action in item 1: \"Priya\" taken to be Priya Shah, the only attendee with that first name");
        }

        @Test
        void aNameNotInTheListIsKeptAndFlagged() throws Exception {
            var minutes = read("Action: Tom Hart to share the BeeU waiting times.");
            assertThat(minutes.actions().getFirst().owners()).containsExactly("Tom Hart");
            assertThat(minutes.warnings()).contains("Action in item 1: Tom Hart is not in the attendee list; kept as written");
        }

        @Test
        void anActionWithNoOwnerThatCanBeReadIsFlagged() throws Exception {
            var minutes = read("Action: Circulate the slides to members.");
            assertThat(minutes.actions().getFirst().owners()).isEmpty();
            assertThat(minutes.warnings()).contains(
                    "Action in item 1 has no owner that could be read: \"Circulate the slides to members.\"");
        }

        @Test
        void withoutInitialsInTheListTheyAreWorkedOutFromNamesButFlagged() throws Exception {
            var minutes = extractor.extract("minutes.txt", """
                    Minutes of the Test Subgroup, 17 May 2023
                    Present: Jane Doe, Priya Shah
                    1. Business
                    Action: JD to circulate the paper.
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(minutes.actions().getFirst().owners()).containsExactly("Jane Doe");
            assertThat(minutes.warnings()).contains("Action in item 1: JD taken to be Jane Doe from the name; the minutes give no initials");
        }
    }

    @Nested
    class WhatIsAndIsNotAnAction {

        @Test
        void theWordActionInOrdinaryProseIsNotAnAction() throws Exception {
            var minutes = read("""
                    The action plan was noted.
                    Members said the actions from the last audit had made a difference.
                    Strategic Action Plan review
                    Actions arising from the last meeting were all complete.
                    TM asked who was taking this action forward and SC said the action: was with health.
                    The group agreed that the next meeting will focus on exploitation.

                    2. Neglect strategy (Kate Lyle)
                    Kate Lyle presented the strategy. Actions: none.
                    """);
            assertThat(minutes.actions()).isEmpty();
            assertThat(minutes.decisions()).isEmpty();
            assertThat(minutes.items()).extracting(ExtractedMinutes.Item::title).containsExactly("Business", "Neglect strategy");
        }

        @Test
        void markersInCapitalsOrBoldOrMidParagraphAreActions() throws Exception {
            var minutes = read("GB asked for the membership to be reviewed. ACTION: DS to review the membership. Decision: The group agreed the terms of reference.");
            assertThat(minutes.actions()).extracting(Action::text).containsExactly("DS to review the membership.");
            assertThat(minutes.decisions()).extracting(ExtractedMinutes.Decision::text).containsExactly("The group agreed the terms of reference.");
        }

        @Test
        void councilResolutionsAreDecisions() throws Exception {
            var minutes = read("""
                    RESOLVED: That the report be noted.
                    It was RESOLVED that the Board approves the budget.
                    AGREED: the minutes were a correct record.
                    RESOLVED:
                    (a) That the plan be adopted.
                    (b) That officers report back in June.
                    """);
            assertThat(minutes.decisions()).extracting(ExtractedMinutes.Decision::text).containsExactly(
                    "That the report be noted.", "That the Board approves the budget.", "The minutes were a correct record.",
                    "That the plan be adopted.", "That officers report back in June.");
        }

        @Test
        void anActionsListTakesEachEntry() throws Exception {
            var minutes = extractor.extract("minutes.md", """
                    # Minutes of the Test Subgroup, 17 May 2023

                    Present: Jane Doe (JD), Priya Shah (PS)

                    ## 3. Dashboard

                    Actions:

                    - JD to add the new measures
                      to the dashboard by 30 June 2023.
                    - **Action:** PS to check the health data.

                    Nothing else was discussed.
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(minutes.items()).containsExactly(new ExtractedMinutes.Item("3", "Dashboard"));
            assertThat(minutes.actions()).containsExactly(
                    new Action("3", "JD to add the new measures to the dashboard by 30 June 2023.", List.of("Jane Doe"), "2023-06-30"),
                    new Action("3", "PS to check the health data.", List.of("Priya Shah"), null));
        }

        @Test
        void anActionTableWithoutItemNumbersLeavesTheItemEmpty() throws Exception {
            var minutes = read("""
                    Action log

                    No.\tAction\tOwner\tDue
                    1\tSend the figures\tPS\t30/06/2023
                    2\tBook the venue\tBL / LC\tNext meeting
                    """);
            assertThat(minutes.actions()).containsExactly(
                    new Action(null, "Send the figures", List.of("Priya Shah"), "2023-06-30"),
                    new Action(null, "Book the venue", List.of("Ben Lowe", "Lena Carr"), "Next meeting"));
        }

        @Test
        void aTableOfPeopleInsideAnItemIsNotTheAttendance() throws Exception {
            var minutes = read("""
                    The task and finish group will be:
                    Name\tOrganisation\tRole
                    Tom Hart (TH)\tBeeU\tClinical Lead
                    Action: TH to arrange the first meeting.
                    """);
            assertThat(minutes.attendees()).extracting(ExtractedMinutes.Attendee::name).doesNotContain("Tom Hart");
            assertThat(minutes.actions().getFirst().owners()).containsExactly("TH");
            assertThat(minutes.warnings()).contains("Action in item 1: no attendee has the initials TH; kept as written");
        }

        @Test
        void anActionBeforeTheFirstItemHasNoItem() throws Exception {
            var minutes = extractor.extract("minutes.txt", """
                    Minutes of the Test Subgroup, 17 May 2023
                    Present: Jane Doe (JD)
                    Action: Circulate the papers a week before each meeting.
                    1. Business
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(minutes.actions()).containsExactly(
                    new Action(null, "Circulate the papers a week before each meeting.", List.of(), null));
            assertThat(minutes.warnings()).contains(
                    "Action outside the numbered items has no owner that could be read: \"Circulate the papers a week before each meeting.\"");
        }

        @Test
        void aNumberedListInsideAnItemIsNotANewItem() throws Exception {
            var minutes = read("""
                    The following were agreed as success measures:
                    2. Reduction in the number of children referred twice within a year because of neglect concerns.
                    Action: DS to add them to the plan.
                    """);
            assertThat(minutes.items()).extracting(ExtractedMinutes.Item::number).containsExactly("1");
            assertThat(minutes.actions()).extracting(Action::item).containsExactly("1");
        }
    }

    @Nested
    class Files {

        @Test
        void runningHeadsFeetAndPageNumbersAreRemovedFromPdfs() throws Exception {
            var pages = List.of(
                    List.of("Minutes of the Test Subgroup", "17 May 2023", "Present: Jane Doe (JD)", "1. Business",
                            "Action: JD to write to all head teachers about the new referral pathway and to"),
                    List.of("confirm the guidance has been shared by 30 June 2023.", "2. Close", "The Chair closed the meeting."),
                    List.of("3. Date of next meeting", "To be confirmed."));
            var minutes = extractor.extract("minutes.pdf", GeneratedMinutes.pdf(pages, true, false));
            assertThat(minutes.actions()).containsExactly(new Action("1",
                    "JD to write to all head teachers about the new referral pathway and to confirm the guidance has been shared by 30 June 2023.",
                    List.of("Jane Doe"), "2023-06-30"));
            assertThat(minutes.items()).extracting(ExtractedMinutes.Item::title).containsExactly("Business", "Close", "Date of next meeting");
            assertThat(minutes.toString()).doesNotContain("OFFICIAL", "Page 1", "Page 2", "of 3");
        }

        @Test
        void linesOfAHardWrappedTextFileAreJoinedButListEntriesAreNot() {
            var text = MinutesText.fromPlainText("""
                    Attendees:
                    Karen Holt, Chair, Ashford Vale Council and Vale Safeguarding Board
                    Nick Fraser, Detective Chief Inspector, Vale Police Public Protection
                    1. Training audit
                    ACTION: Olivia Stone to write to the agencies that have not returned
                    training data, copying in Karen Holt, by 22 March.
                    """);
            assertThat(text.blocks()).extracting(MinutesText.Block::text).containsExactly(
                    "Attendees:",
                    "Karen Holt, Chair, Ashford Vale Council and Vale Safeguarding Board",
                    "Nick Fraser, Detective Chief Inspector, Vale Police Public Protection",
                    "1. Training audit",
                    "ACTION: Olivia Stone to write to the agencies that have not returned training data, copying in Karen Holt, by 22 March.",
                    "");
        }

        @Test
        void linesOfATextFileThatWasNotWrappedAreParagraphs() {
            var longLine = "The Board discussed the yearly report and the priorities for next year, and asked for the dataset to be simplified";
            var text = MinutesText.fromPlainText(longLine + "\nThe Chair closed the meeting with thanks to all of the partners present\n");
            assertThat(text.blocks()).extracting(MinutesText.Block::text).startsWith(longLine,
                    "The Chair closed the meeting with thanks to all of the partners present");
        }

        @Test
        void onlyLinesRepeatedAtTheEdgesOfMostPagesAreRunningHeads() {
            var kept = MinutesText.withoutRunningHeadsAndFeet(List.of(
                    List.of("Northbrook Partnership Board", "1. Welcome", "Text one.", "Northbrook Partnership Board – 12 March 2024", "1"),
                    List.of("Northbrook Partnership Board", "2. Dataset", "Text two.", "Northbrook Partnership Board – 12 March 2024", "- 2 -"),
                    List.of("Northbrook Partnership Board", "3. Close", "Text three.", "Northbrook Partnership Board – 12 March 2024", "Page 3")));
            assertThat(kept).containsExactly("1. Welcome", "Text one.", "2. Dataset", "Text two.", "3. Close", "Text three.");
        }

        @Test
        void aWordTableAndAutomaticNumberingAreRead() throws Exception {
            var minutes = extractor.extract("subgroup.docx", GeneratedMinutes.exploitationSubgroupDocx());
            assertThat(minutes.attendees()).extracting(ExtractedMinutes.Attendee::role).contains("Head of Service, Early Help");
            assertThat(minutes.items()).extracting(ExtractedMinutes.Item::number).containsExactly("1", "2", "3", "4");
        }

        @Test
        void textSavedByWindowsAsWindows1252IsRead() throws Exception {
            var bytes = (HEAD + "Action: DS to review the Director’s report – ongoing.").getBytes(Charset.forName("windows-1252"));
            var minutes = extractor.extract("minutes.txt", bytes);
            assertThat(minutes.actions().getFirst().text()).isEqualTo("DS to review the Director’s report – ongoing.");
        }

        @Test
        void anEmptyFileIsRejected() {
            assertThatThrownBy(() -> extractor.extract("minutes.docx", new byte[0]))
                    .isInstanceOf(MinutesRejected.class).hasMessage("minutes.docx is empty");
        }

        @Test
        void aFileOver20MbIsRejected() {
            var big = new byte[(int) MinutesExtractor.MAX_BYTES + 1];
            assertThatThrownBy(() -> extractor.extract("minutes.pdf", big))
                    .isInstanceOf(MinutesRejected.class).hasMessage("minutes.pdf is larger than 20 MB");
        }

        @Test
        void aFileThatIsNotWhatItsNameSaysIsRejected() {
            var text = "Minutes of the Test Subgroup".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> extractor.extract("minutes.pdf", text)).hasMessage("minutes.pdf is not a PDF file");
            assertThatThrownBy(() -> extractor.extract("minutes.docx", text)).hasMessage("minutes.docx is not a Word (.docx) file");
            assertThatThrownBy(() -> extractor.extract("minutes.txt", GeneratedMinutes.learningSubgroupPdf()))
                    .hasMessage("minutes.txt is not a text file (it looks like a PDF or Word document)");
            assertThatThrownBy(() -> extractor.extract("minutes.rtf", text))
                    .hasMessage("minutes.rtf must be a Word (.docx), PDF, Markdown (.md) or text (.txt) file");
        }

        @Test
        void aBrokenPdfAndAZipThatIsNotWordAreRejected() throws Exception {
            assertThatThrownBy(() -> extractor.extract("minutes.pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOf(MinutesRejected.class).hasMessage("minutes.pdf is not a PDF file that can be read");
            var zip = new ByteArrayOutputStream();
            try (var out = new ZipOutputStream(zip)) {
                out.putNextEntry(new ZipEntry("notes.txt"));
                out.write("hello".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            assertThatThrownBy(() -> extractor.extract("minutes.docx", zip.toByteArray()))
                    .isInstanceOf(MinutesRejected.class).hasMessage("minutes.docx is not a Word (.docx) file");
        }

        @Test
        void anOldWordFileIsRejectedWithAWayForward() {
            var ole = new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
            assertThatThrownBy(() -> extractor.extract("minutes.docx", ole))
                    .hasMessage("minutes.docx is an older Word (.doc) file; save it as .docx and try again");
        }

        @Test
        void anEncryptedPdfIsRejected() {
            var pdf = GeneratedMinutes.pdf(List.of(List.of("Minutes of the Test Subgroup")), false, true);
            assertThatThrownBy(() -> extractor.extract("minutes.pdf", pdf)).isInstanceOf(MinutesRejected.class)
                    .hasMessage("minutes.pdf is a protected (encrypted) PDF; save a copy without protection and try again");
        }

        @Test
        void aPdfWithNoTextIsRejected() {
            var pdf = GeneratedMinutes.pdf(List.of(List.of()), false, false);
            assertThatThrownBy(() -> extractor.extract("scan.pdf", pdf))
                    .hasMessage("scan.pdf has no text in it (a scanned PDF needs its text recognised first)");
        }

        @Test
        void aBinaryFileNamedAsTextIsRejected() {
            var binary = new byte[] {'M', 'i', 'n', 0, 1, 2, 3};
            assertThatThrownBy(() -> extractor.extract("minutes.txt", binary)).hasMessage("minutes.txt is not a text file");
        }
    }
}
