package org.safeguardinghub.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Visibilities;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full text search (PostgreSQL, English stemming) over a partnership's minutes, decisions, matters
 * raised and actions with their updates. It reads the {@code search_document} view, the search
 * module's read model over the meetings and actions tables (see docs/architecture.md), and asks
 * {@link org.safeguardinghub.access.Visibility} who may see what: results come only from groups the
 * user may see, and confidential records (items with their decisions and matters, confidential
 * actions) only where the user may read that group's confidential business. Another partnership's records are never read.
 */
@Service
@Transactional(readOnly = true)
class PartnershipSearch {

    /** Longer queries are cut here: nobody types more, and it bounds the work of parsing one. */
    public static final int MAX_QUERY_LENGTH = 200;

    private static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * Every matching text the user may see, one row per record (an action found by its description
     * and by two updates is one result, ranked by its best match).
     */
    private static final String BEST = """
            with hits as (
                select d.kind, d.record_key, d.group_id, d.confidential, d.meeting_id, d.item_id, d.action_id,
                       d.dated, d.title, d.body, ts_rank(d.document, websearch_to_tsquery('english', ?)) as rank
                from search_document d
                where d.partnership_id = ? and d.document @@ websearch_to_tsquery('english', ?)
                  and (d.group_id is null or d.group_id = any (?))
                  and (not d.confidential or d.group_id = any (?) or (d.group_id is null and ?))
            ), best as (
                select distinct on (record_key) * from hits order by record_key, rank desc, dated desc
            )
            """;

    private final JdbcTemplate jdbc;
    private final PartnershipStructure structure;
    private final Visibilities visibilities;

    PartnershipSearch(JdbcTemplate jdbc, PartnershipStructure structure, Visibilities visibilities) {
        this.visibilities = visibilities;
        this.jdbc = jdbc;
        this.structure = structure;
    }

    /**
     * One page of what the words find, best matches first, narrowed to one type if {@code type} is
     * not null. Words are read as a web search engine reads them: {@code "neglect strategy"} as a
     * phrase, {@code or} between alternatives, {@code -word} to leave a word out.
     */
    public SearchResults search(CurrentUser user, Partnership partnership, String words, ResultType type, int page,
            int size) {
        var query = words == null ? "" : words.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        if (query.isEmpty()) {
            return new SearchResults(query, type, Map.of(), List.of(), 1, 1);
        }
        long partnershipId = partnership.getId();
        var visibility = visibilities.of(user, partnershipId);
        var visible = structure.visibleGroups(user, partnershipId);
        var groupNames = visible.stream().collect(Collectors.toMap(Group::getId, Group::getName));
        var confidentialAllowed = visibility.groupsWithConfidentialAccess(groupNames.keySet());
        var confidentialOfNoGroup = visibility.readsConfidentialBusinessOf(null);
        var q = query;

        var counts = new EnumMap<ResultType, Long>(ResultType.class);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Array groups = connection.createArrayOf("bigint", groupNames.keySet().toArray());
            Array confidential = connection.createArrayOf("bigint", confidentialAllowed.toArray());
            try (var statement = connection.prepareStatement(BEST + "select kind, count(*) from best group by kind")) {
                bindBest(statement, q, partnershipId, groups, confidential, confidentialOfNoGroup);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.put(ResultType.valueOf(rows.getString(1)), rows.getLong(2));
                    }
                }
            }
            return null;
        });
        long total = type == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(type, 0L);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(1, Math.min(page, pages));
        if (total == 0) {
            return new SearchResults(query, type, counts, List.of(), 1, 1);
        }
        var results = new ArrayList<SearchResult>();
        var slug = partnership.getSlug();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Array groups = connection.createArrayOf("bigint", groupNames.keySet().toArray());
            Array confidential = connection.createArrayOf("bigint", confidentialAllowed.toArray());
            var sql = BEST + """
                    select b.*, ts_headline('english', translate(b.body, ?, ''), websearch_to_tsquery('english', ?), ?)
                    from best b where (?::text is null or b.kind = ?)
                    order by b.rank desc, b.dated desc nulls last, b.record_key
                    limit ? offset ?""";
            try (var statement = connection.prepareStatement(sql)) {
                int next = bindBest(statement, q, partnershipId, groups, confidential, confidentialOfNoGroup);
                statement.setString(next++, "" + Snippet.START + Snippet.STOP);
                statement.setString(next++, q);
                statement.setString(next++, HEADLINE_OPTIONS);
                statement.setString(next++, type == null ? null : type.name());
                statement.setString(next++, type == null ? null : type.name());
                statement.setInt(next++, size);
                statement.setLong(next, (long) (current - 1) * size);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        results.add(result(rows, slug, groupNames));
                    }
                }
            }
            return null;
        });
        return new SearchResults(query, type, counts, results, current, pages);
    }

    private static int bindBest(java.sql.PreparedStatement statement, String query, long partnershipId, Array groups,
            Array confidential, boolean confidentialOfNoGroup) throws SQLException {
        statement.setString(1, query);
        statement.setLong(2, partnershipId);
        statement.setString(3, query);
        statement.setArray(4, groups);
        statement.setArray(5, confidential);
        statement.setBoolean(6, confidentialOfNoGroup);
        return 7;
    }

    private static SearchResult result(ResultSet row, String slug, Map<Long, String> groupNames) throws SQLException {
        var type = ResultType.valueOf(row.getString("kind"));
        var key = row.getString("record_key");
        long groupId = row.getLong("group_id");
        var groupName = row.wasNull() ? null : groupNames.get(groupId);
        var dated = row.getObject("dated", java.time.LocalDate.class);
        var snippet = new Snippet(row.getString("ts_headline"));
        var confidential = row.getBoolean("confidential");
        var title = row.getString("title");
        var base = "/p/" + slug;
        if (type == ResultType.ACTION) {
            long actionId = row.getLong("action_id");
            return new SearchResult(type, "Action " + actionId + ": " + abbreviate(title, 100), groupName, dated,
                    snippet, base + "/actions/" + actionId, confidential);
        }
        var itemHref = base + "/meetings/" + row.getLong("meeting_id") + "/items/" + row.getLong("item_id");
        var heading = switch (type) {
            case DECISION -> "Decision: " + title;
            case MATTER -> key.startsWith("R") ? "Answer to a matter raised: " + title : "Matter raised: " + title;
            default -> title;
        };
        return new SearchResult(type, heading, groupName, dated, snippet, itemHref, confidential);
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 3).stripTrailing() + "...";
    }
}
