package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguardinghub.HubIntegrationTest;
import org.safeguardinghub.partnership.GroupKind;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What bin/import-minutes does without --dry-run, against the embedded test database with the demo loaded. */
@HubIntegrationTest
class BulkMinutesImportIntegrationTests {

    @Autowired
    BulkMinutesImport bulk;
    @Autowired
    Partnerships partnerships;
    @Autowired
    PartnershipStructure structure;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachFileIsSavedOnItsOwnWithOnlyWhatIsCertainAndALineSaysWhatHappened(@TempDir Path folder) throws Exception {
        var shropshire = partnerships.bySlug("shropshire").orElseThrow().getId();
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var oversight = jdbc.queryForObject("select id from partnership_group where partnership_id = ? and name = ?",
                Long.class, shropshire, MinutesImportIntegrationTests.OVERSIGHT);
        var groupName = "Bulk import " + unique;
        var group = structure.addGroup(shropshire, null, groupName, GroupKind.SUBGROUP, null, null, false, null).getId();
        structure.membersOf(shropshire, oversight).forEach(m -> structure.addMembership(shropshire, group,
                m.person().getId(), m.organisation() == null ? null : m.organisation().getId(), m.membership().getRole(),
                null, m.membership().getStartsOn(), null));
        Files.copy(MinutesImportIntegrationTests.SEED_004, folder.resolve("2023-05-17.txt"));
        Files.writeString(folder.resolve("2023-07-19.txt"), """
                Minutes of the group
                Wednesday 19th July 2023, 10am – 12pm, Shirehall, Shrewsbury
                Present
                Rachel Okafor (RO)\tShropshire Council\tExecutive Director for People
                1. Welcome
                2. Neglect strategy
                Action: RO to circulate the neglect strategy by 1st September.
                """);
        Files.writeString(folder.resolve("undated.txt"), "Minutes of the group\n1. Welcome\nAction: All partners to reply.\n");
        Files.write(folder.resolve("empty.md"), new byte[0]);
        Files.writeString(folder.resolve("notes.csv"), "not minutes");
        var output = new ByteArrayOutputStream();

        var outcome = bulk.importFolder("shropshire", groupName.toUpperCase(), folder, null, null,
                new PrintStream(output, true, StandardCharsets.UTF_8));

        var lines = output.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("2023-05-17.txt: saved as the meeting of 17 May 2023 (13 items, 14 actions, "
                + "1 decision, 0 people on the attendance record").endsWith("12 actions given to the chair's organisation "
                + "because their owners were not certain");
        assertThat(lines.get(1)).isEqualTo("2023-07-19.txt: saved as the meeting of 19 July 2023 (2 items, 1 action, "
                + "0 decisions, 1 person on the attendance record)");
        assertThat(lines.get(2)).isEqualTo("empty.md: skipped, nothing saved. empty.md is empty");
        assertThat(lines.get(3)).isEqualTo("undated.txt: skipped, nothing saved. No meeting date was found in it");
        assertThat(outcome).isEqualTo(new BulkMinutesImport.Outcome(2, 2));

        var may = jdbc.queryForObject("select id from meeting where group_id = ? and held_on = ?", Long.class, group,
                LocalDate.of(2023, 5, 17));
        assertThat(jdbc.queryForObject("select imported_from || ' ' || minutes_status from meeting where id = ?", String.class, may))
                .isEqualTo("2023-05-17.txt DRAFT");
        var council = jdbc.queryForObject("select id from organisation where name = 'Shropshire Council'", Long.class);
        assertThat(jdbc.queryForObject("""
                select count(*) from action a join agenda_item i on i.id = a.source_id and a.source_type = 'MEETING_ITEM'
                join action_owner o on o.action_id = a.id where i.meeting_id = ? and o.organisation_id = ?""",
                Long.class, may, council)).as("uncertain owners fall back to the chair's organisation").isEqualTo(12);
        assertThat(jdbc.queryForObject("""
                select count(*) from action a join agenda_item i on i.id = a.source_id and a.source_type = 'MEETING_ITEM'
                where i.meeting_id = ? and a.all_partners and a.due_on = date '2023-05-24'""", Long.class, may)).isEqualTo(1);

        var july = jdbc.queryForObject("select id from meeting where group_id = ? and held_on = ?", Long.class, group,
                LocalDate.of(2023, 7, 19));
        var okafor = jdbc.queryForObject("select id from person where email = 'rachel.okafor@hub.example'", Long.class);
        assertThat(jdbc.queryForObject("""
                select o.person_id from action a join agenda_item i on i.id = a.source_id and a.source_type = 'MEETING_ITEM'
                join action_owner o on o.action_id = a.id where i.meeting_id = ? and a.due_on = date '2023-09-01'""",
                Long.class, july)).as("a name in the Hub is a certain owner").isEqualTo(okafor);
        assertThat(jdbc.queryForObject("select location || ' ' || starts_at || ' ' || ends_at from meeting where id = ?",
                String.class, july)).isEqualTo("Shirehall, Shrewsbury 10:00:00 12:00:00");
        assertThat(jdbc.queryForObject("select status from attendance where meeting_id = ? and person_id = ?", String.class,
                july, okafor)).isEqualTo("PRESENT");

        var again = new ByteArrayOutputStream();
        bulk.importFolder("shropshire", groupName, folder, null, null, new PrintStream(again, true, StandardCharsets.UTF_8));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("2023-05-17.txt: skipped, nothing saved. " + groupName
                + " already has a meeting on 17 May 2023, with minutes");
        assertThat(jdbc.queryForObject("select count(*) from meeting where group_id = ?", Long.class, group)).isEqualTo(2);
    }

    @Test
    void wrongArgumentsAreRefusedBeforeTheHubStarts() {
        var err = new ByteArrayOutputStream();
        var code = ImportMinutesProgram.run(new String[] {"--partnership", "shropshire", "minutes"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ImportMinutesProgram.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: bin/import-minutes --partnership <slug> --group");
    }
}
