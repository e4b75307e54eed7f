package org.safeguardinghub.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguardinghub.govuk.ChecksIdentifyingDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes to and reads from the audit trail. Changes to entities are recorded automatically by
 * {@link EntityChangeRecorder}; modules call {@link #recordView} when someone opens a confidential
 * record, and accounts call {@link #recordSecurityEvent} for sign-in events.
 */
@Service
@NamedInterface("api")
public class AuditTrail {

    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void recordView(Long partnershipId, String recordType, Object recordId, String summary) {
        append(currentActor(), partnershipId, AuditAction.VIEWED, recordType, String.valueOf(recordId), summary, null, null);
    }

    public void recordSecurityEvent(String actor, AuditAction action, String recordType, Object recordId, String summary) {
        append(actor, null, action, recordType, String.valueOf(recordId), summary, null, null);
    }

    /**
     * Says why a record was saved with what looks like a child's identity in it, when the person
     * confirmed it must stay; nothing when the form held no such details.
     */
    public void recordIdentifyingDetailsKept(Long partnershipId, String recordType, Object recordId,
            ChecksIdentifyingDetails form) {
        if (form.keepsIdentifyingDetails()) {
            append(currentActor(), partnershipId, AuditAction.IDENTIFYING_DETAILS_KEPT, recordType, String.valueOf(recordId),
                    form.identifyingDetailsKept(), null, null);
        }
    }

    void recordChange(Long partnershipId, AuditAction action, String recordType, Object recordId,
            Map<String, Object> before, Map<String, Object> after) {
        append(currentActor(), partnershipId, action, recordType, String.valueOf(recordId), null, before, after);
    }

    private void append(String actor, Long partnershipId, AuditAction action, String recordType, String recordId,
            String summary, Map<String, Object> before, Map<String, Object> after) {
        jdbc.update("""
                insert into audit_event (actor, partnership_id, action, record_type, record_id, summary, before_state, after_state)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""",
                actor, partnershipId, action.name(), recordType, recordId, summary, toJson(before), toJson(after));
    }

    /** Every line about one record, oldest first. */
    public List<AuditEvent> historyOf(String recordType, Object recordId) {
        return jdbc.query("select * from audit_event where record_type = ? and record_id = ? order by occurred_at, id",
                rows(), recordType, String.valueOf(recordId));
    }

    public AuditPage search(AuditQuery query, int page, int pageSize) {
        var where = new StringBuilder(" where true");
        var args = new ArrayList<Object>();
        if (StringUtils.hasText(query.actor())) {
            where.append(" and lower(actor) like ?");
            args.add("%" + query.actor().toLowerCase().trim() + "%");
        }
        if (StringUtils.hasText(query.recordType())) {
            where.append(" and record_type = ?");
            args.add(query.recordType());
        }
        if (StringUtils.hasText(query.recordId())) {
            where.append(" and record_id = ?");
            args.add(query.recordId().trim());
        }
        if (query.action() != null) {
            where.append(" and action = ?");
            args.add(query.action().name());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        Long total = jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
        var pageArgs = new ArrayList<>(args);
        pageArgs.add(pageSize);
        pageArgs.add((long) (page - 1) * pageSize);
        var events = jdbc.query("select * from audit_event" + where + " order by occurred_at desc, id desc limit ? offset ?",
                rows(), pageArgs.toArray());
        return new AuditPage(events, total == null ? 0 : total, page, pageSize);
    }

    public List<String> recordTypes() {
        return jdbc.queryForList("select distinct record_type from audit_event order by 1", String.class);
    }

    private RowMapper<AuditEvent> rows() {
        return (rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), (Long) rs.getObject("partnership_id"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("summary"), fromJson(rs.getString("before_state")), fromJson(rs.getString("after_state")));
    }

    private String toJson(Map<String, Object> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private Map<String, Object> fromJson(String value) {
        return value == null ? null : json.readValue(value, STATE);
    }

    static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }

    public record AuditQuery(String actor, String recordType, String recordId, AuditAction action, LocalDate from,
            LocalDate to) {
    }

    public record AuditPage(List<AuditEvent> events, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }
}
