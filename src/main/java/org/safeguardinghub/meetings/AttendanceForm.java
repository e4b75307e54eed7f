package org.safeguardinghub.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The attendance sheet as submitted: a status and perhaps a deputy for each member, by person id. */
public class AttendanceForm {

    private Map<Long, AttendanceStatus> statuses = new HashMap<>();
    private Map<Long, Long> deputies = new HashMap<>();
    private boolean confidentialityAgreed;
    private int version;

    static AttendanceForm of(Meeting meeting, List<AttendanceRow> sheet) {
        var form = new AttendanceForm();
        for (var row : sheet) {
            if (row.status() != null) {
                form.statuses.put(row.personId(), row.status());
            }
            var deputy = row.deputyPersonId() != null ? row.deputyPersonId() : row.usualDeputyId();
            if (deputy != null) {
                form.deputies.put(row.personId(), deputy);
            }
        }
        form.confidentialityAgreed = meeting.isConfidentialityAgreed();
        form.version = meeting.getVersion();
        return form;
    }

    List<AttendanceRegister.AttendanceEntry> entries() {
        var entries = new ArrayList<AttendanceRegister.AttendanceEntry>();
        statuses.forEach((person, status) -> entries.add(new AttendanceRegister.AttendanceEntry(person, status,
                status == AttendanceStatus.REPRESENTED ? deputies.get(person) : null)));
        return entries;
    }

    public Map<Long, AttendanceStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(Map<Long, AttendanceStatus> statuses) {
        this.statuses = statuses;
    }

    public Map<Long, Long> getDeputies() {
        return deputies;
    }

    public void setDeputies(Map<Long, Long> deputies) {
        this.deputies = deputies;
    }

    public boolean isConfidentialityAgreed() {
        return confidentialityAgreed;
    }

    public void setConfidentialityAgreed(boolean confidentialityAgreed) {
        this.confidentialityAgreed = confidentialityAgreed;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
