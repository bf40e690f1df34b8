package io.github.ratecard.jira;

import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.RemainingWork;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.domain.IssueRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jira's issues as budgets see them, read from Jira's own tables with a few read-only queries:
 * an issue's tree follows Jira's sub-task links and Jira Software's epic links ({@code issuelink}
 * with the link types {@value #SUBTASK_LINK} and {@value #EPIC_LINK}); time spent and remaining
 * estimate are the issue's own columns; an issue is open while it has no resolution.
 */
public class JiraScopeWork implements ScopeWork {

    static final String SUBTASK_LINK = "jira_subtask_link";
    static final String EPIC_LINK = "Epic-Story Link";
    /** An epic holds stories, which hold sub-tasks: no tree is deeper. */
    private static final int DEPTH = 2;
    private static final int IN_LIST = 500;

    private final JiraTables database;

    public JiraScopeWork(JiraTables database) {
        this.database = database;
    }

    @Override
    public List<IssueRef> treeOf(String issueKey) {
        return database.read(jdbc -> {
            return rowsOf(jdbc, tree(jdbc, issueKey)).stream().map(row -> new IssueRef(row.issueId(), row.issueKey(), row.projectId()))
                    .toList();
        });
    }

    private List<Long> tree(Connection jdbc, String issueKey) {
        Optional<Long> root = issueId(jdbc, issueKey);
        if (root.isEmpty()) {
            return List.of();
        }
        Set<Long> all = new LinkedHashSet<>(List.of(root.get()));
        Collection<Long> level = List.of(root.get());
        for (int depth = 0; depth < DEPTH && !level.isEmpty(); depth++) {
            level = linked(jdbc, "source", "destination", level);
            level.removeAll(all);
            all.addAll(level);
        }
        return List.copyOf(all);
    }

    @Override
    public List<String> ancestorKeysOf(String issueKey) {
        return database.read(jdbc -> {
            Optional<Long> issue = issueId(jdbc, issueKey);
            List<String> keys = new ArrayList<>();
            Collection<Long> level = issue.map(List::of).orElse(List.of());
            Set<Long> seen = new LinkedHashSet<>(level);
            for (int depth = 0; depth < DEPTH && !level.isEmpty(); depth++) {
                level = linked(jdbc, "destination", "source", level);
                level.removeAll(seen);
                seen.addAll(level);
                for (RemainingRow row : rowsOf(jdbc, level)) {
                    keys.add(row.issueKey());
                }
            }
            return keys;
        });
    }

    @Override
    public Map<Long, IssueFacts> factsOf(Collection<Long> issueIds) {
        return database.read(jdbc -> {
            Map<Long, String[]> named = named(jdbc, issueIds);
            Map<Long, Long> parents = links(jdbc, SUBTASK_LINK, "destination", named.keySet());
            Set<Long> storyIds = new LinkedHashSet<>(named.keySet());
            storyIds.addAll(parents.values());
            Map<Long, Long> epics = links(jdbc, EPIC_LINK, "destination", storyIds);
            Set<Long> epicsThemselves = links(jdbc, EPIC_LINK, "source", named.keySet()).keySet();
            Set<Long> epicIds = new LinkedHashSet<>(epics.values());
            epicIds.removeAll(named.keySet());
            Map<Long, String[]> epicNames = named(jdbc, epicIds);
            epicNames.putAll(named);
            Map<Long, IssueFacts> facts = new LinkedHashMap<>();
            named.forEach((id, name) -> {
                Long epic = epicsThemselves.contains(id) ? id : epics.getOrDefault(id, parents.containsKey(id) ? epics.get(parents.get(id)) : null);
                String epicKey = epic == null || !epicNames.containsKey(epic) ? null : epicNames.get(epic)[0];
                facts.put(id, new IssueFacts(id, name[0], name[1], epicKey));
            });
            return facts;
        });
    }

    /** Key and summary of each issue that exists. */
    private Map<Long, String[]> named(Connection jdbc, Collection<Long> issueIds) {
        Map<Long, String[]> named = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(issueIds));
        for (int start = 0; start < ids.size(); start += IN_LIST) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_LIST));
            String sql = "SELECT i.id, p.pkey, i.issuenum, i.summary FROM " + schema() + "jiraissue i JOIN " + schema()
                    + "project p ON p.id = i.project WHERE i.id IN (" + placeholders(chunk.size()) + ")";
            try (PreparedStatement statement = jdbc.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(1 + i, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        named.put(rows.getLong(1), new String[] {rows.getString(2) + "-" + rows.getLong(3), rows.getString(4)});
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read Jira's issues", e);
            }
        }
        return named;
    }

    /** Links of one type whose {@code side} (source or destination) is one of the ids: that side's id → the other side's id. */
    private Map<Long, Long> links(Connection jdbc, String linkName, String side, Collection<Long> ids) {
        String other = side.equals("source") ? "destination" : "source";
        Map<Long, Long> found = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += IN_LIST) {
            List<Long> chunk = all.subList(start, Math.min(all.size(), start + IN_LIST));
            String sql = "SELECT l." + side + ", l." + other + " FROM " + schema() + "issuelink l JOIN " + schema()
                    + "issuelinktype t ON t.id = l.linktype WHERE t.linkname = ? AND l." + side + " IN (" + placeholders(chunk.size()) + ")";
            try (PreparedStatement statement = jdbc.prepareStatement(sql)) {
                statement.setString(1, linkName);
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(2 + i, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.putIfAbsent(rows.getLong(1), rows.getLong(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read Jira's issue links", e);
            }
        }
        return found;
    }

    @Override
    public RemainingWork remainingWork(BudgetScope scope) {
        return database.read(jdbc -> {
            List<RemainingRow> rows = switch (scope.kind()) {
                case PROJECT -> rows(jdbc, "p.pkey = ?", scope.key());
                case ISSUE -> rowsOf(jdbc, tree(jdbc, scope.key()));
                case ACCOUNT -> List.of();
            };
            long spent = 0;
            long remaining = 0;
            List<RemainingWork.OpenIssue> open = new ArrayList<>();
            for (RemainingRow row : rows) {
                spent += row.spentSeconds();
                if (row.open() && row.remainingSeconds() > 0) {
                    remaining += row.remainingSeconds();
                    open.add(new RemainingWork.OpenIssue(row.issueId(), row.issueKey(), row.projectId(), row.projectKey(), row.assigneeKey(),
                            row.remainingSeconds()));
                }
            }
            return new RemainingWork(spent, remaining, open);
        });
    }

    private record RemainingRow(long issueId, String issueKey, long projectId, String projectKey, String assigneeKey, long spentSeconds,
                                long remainingSeconds, boolean open) {
    }

    private String schema() {
        return database.schema();
    }

    private Optional<Long> issueId(Connection jdbc, String issueKey) {
        int dash = issueKey.lastIndexOf('-');
        if (dash < 1) {
            return Optional.empty();
        }
        long number;
        try {
            number = Long.parseLong(issueKey.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String sql = "SELECT i.id FROM " + schema() + "jiraissue i JOIN " + schema() + "project p ON p.id = i.project"
                + " WHERE p.pkey = ? AND i.issuenum = ?";
        try (PreparedStatement statement = jdbc.prepareStatement(sql)) {
            statement.setString(1, issueKey.substring(0, dash).toUpperCase(Locale.ROOT));
            statement.setLong(2, number);
            try (ResultSet found = statement.executeQuery()) {
                return found.next() ? Optional.of(found.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find Jira issue " + issueKey, e);
        }
    }

    /** The issues linked to these by a sub-task or epic link, {@code from} the given side {@code to} the other. */
    private List<Long> linked(Connection jdbc, String from, String to, Collection<Long> ids) {
        List<Long> found = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += IN_LIST) {
            List<Long> chunk = all.subList(start, Math.min(all.size(), start + IN_LIST));
            String sql = "SELECT l." + to + " FROM " + schema() + "issuelink l JOIN " + schema() + "issuelinktype t ON t.id = l.linktype"
                    + " WHERE t.linkname IN (?, ?) AND l." + from + " IN (" + placeholders(chunk.size()) + ")";
            try (PreparedStatement statement = jdbc.prepareStatement(sql)) {
                statement.setString(1, SUBTASK_LINK);
                statement.setString(2, EPIC_LINK);
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(3 + i, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read Jira's issue links", e);
            }
        }
        return found;
    }

    private List<RemainingRow> rowsOf(Connection jdbc, Collection<Long> issueIds) {
        List<Long> ids = new ArrayList<>(issueIds);
        List<RemainingRow> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            found.addAll(rows(jdbc, "i.id IN (" + placeholders(chunk.size()) + ")", chunk.toArray()));
        }
        return found;
    }

    private List<RemainingRow> rows(Connection jdbc, String where, Object... parameters) {
        if (parameters.length == 0) {
            return List.of();
        }
        String sql = "SELECT i.id, p.pkey, i.issuenum, p.id, i.assignee, i.timespent, i.timeestimate, i.resolution"
                + " FROM " + schema() + "jiraissue i JOIN " + schema() + "project p ON p.id = i.project WHERE " + where + " ORDER BY i.id";
        List<RemainingRow> rows = new ArrayList<>();
        try (PreparedStatement statement = jdbc.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.add(new RemainingRow(found.getLong(1), found.getString(2) + "-" + found.getLong(3), found.getLong(4),
                            found.getString(2), found.getString(5), Math.max(0, found.getLong(6)), Math.max(0, found.getLong(7)),
                            found.getString(8) == null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read Jira's issue estimates", e);
        }
        return rows;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
