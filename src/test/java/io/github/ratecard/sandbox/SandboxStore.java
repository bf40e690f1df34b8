package io.github.ratecard.sandbox;

import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.sandbox.model.SbIssue;
import io.github.ratecard.sandbox.model.SbProject;
import io.github.ratecard.sandbox.model.SbUser;
import io.github.ratecard.sandbox.model.SbWorklog;
import io.github.ratecard.testing.ao.EntityManagerActiveObjects;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** The sandbox's stand-ins for Jira's projects, issues, users and worklogs. */
public final class SandboxStore {

    @SuppressWarnings("unchecked")
    static final Class<? extends net.java.ao.RawEntity<?>>[] ENTITIES =
            new Class[] {SbProject.class, SbIssue.class, SbUser.class, SbWorklog.class, io.github.ratecard.sandbox.model.SbMail.class};

    private final TestDatabase database;
    private final EntityManagerActiveObjects ao;

    public SandboxStore(TestDatabase database) {
        this.database = database;
        this.ao = database.activeObjects();
    }

    /** The database the sandbox keeps Jira's part and the app's tables in. */
    TestDatabase database() {
        return database;
    }

    public boolean isEmpty() {
        return ao.count(SbProject.class, Query.select()) == 0;
    }

    public List<SbUser> users() {
        return Arrays.asList(ao.find(SbUser.class, Query.select().order(SbUser.KEY)));
    }

    public Optional<SbUser> user(String key) {
        SbUser[] found = ao.find(SbUser.class, Query.select().where(SbUser.KEY + " = ?", key));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    public List<SbProject> projects() {
        return Arrays.asList(ao.find(SbProject.class, Query.select().order(SbProject.KEY)));
    }

    public Optional<SbProject> project(String key) {
        SbProject[] found = ao.find(SbProject.class, Query.select().where(SbProject.KEY + " = ?", key));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    public Optional<SbProject> projectById(long id) {
        return id > Integer.MAX_VALUE ? Optional.empty() : Optional.ofNullable(ao.get(SbProject.class, (int) id));
    }

    /** The sandbox's own tables, for its stand-ins of Jira services (the mail queue). */
    EntityManagerActiveObjects ao() {
        return ao;
    }

    public Optional<SbIssue> issueById(long id) {
        return Optional.ofNullable(ao.get(SbIssue.class, (int) id));
    }

    public Optional<SbIssue> issue(String key) {
        SbIssue[] found = ao.find(SbIssue.class, Query.select().where(SbIssue.KEY + " = ?", key));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    public List<SbIssue> issuesOf(SbProject project) {
        return Arrays.asList(ao.find(SbIssue.class, Query.select().where(SbIssue.PROJECT_ID + " = ?", project.getID()).order("ID")));
    }

    public List<SbIssue> childrenOf(String issueKey) {
        return Arrays.asList(ao.find(SbIssue.class, Query.select().where(SbIssue.PARENT_KEY + " = ?", issueKey).order("ID")));
    }

    /** Seconds logged on the issues, in one read. */
    public long secondsSpentOn(java.util.Collection<Integer> issueIds) {
        if (issueIds.isEmpty()) {
            return 0;
        }
        long[] total = {0};
        ao.stream(SbWorklog.class, Query.select(SbWorklog.ID + ", " + SbWorklog.TIME_SPENT).where(SbWorklog.ISSUE_ID + " IN ("
                + String.join(", ", java.util.Collections.nCopies(issueIds.size(), "?")) + ")", issueIds.toArray()),
                row -> total[0] += row.getTimeSpent());
        return total[0];
    }

    public Optional<SbWorklog> worklog(long id) {
        return Optional.ofNullable(ao.get(SbWorklog.class, id));
    }

    /** Projects with their issue and worklog counts and logged hours, in key order. */
    public List<ProjectSummary> projectSummaries() {
        String worklogs = database.qualifiedTable(SbWorklog.class);
        String issues = database.qualifiedTable(SbIssue.class);
        String projects = database.qualifiedTable(SbProject.class);
        String sql = "SELECT p." + q("ID") + ", p." + q(SbProject.KEY) + ", p." + q(SbProject.NAME) + ", p." + q(SbProject.CLIENT_NAME)
                + ", (SELECT COUNT(*) FROM " + issues + " i WHERE i." + q(SbIssue.PROJECT_ID) + " = p." + q("ID") + ")"
                + ", COUNT(w." + q(SbWorklog.ID) + "), COALESCE(SUM(w." + q(SbWorklog.TIME_SPENT) + "), 0)"
                + " FROM " + projects + " p"
                + " LEFT JOIN " + issues + " i ON i." + q(SbIssue.PROJECT_ID) + " = p." + q("ID")
                + " LEFT JOIN " + worklogs + " w ON w." + q(SbWorklog.ISSUE_ID) + " = i." + q("ID")
                + " GROUP BY p." + q("ID") + ", p." + q(SbProject.KEY) + ", p." + q(SbProject.NAME) + ", p." + q(SbProject.CLIENT_NAME)
                + " ORDER BY p." + q(SbProject.KEY);
        List<ProjectSummary> summaries = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                summaries.add(new ProjectSummary(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getLong(5), rows.getLong(6), rows.getLong(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the project summaries", e);
        }
        return summaries;
    }

    /** One page of an issue's worklogs, newest first, as Jira's Work Log tab lists them. */
    public List<SbWorklog> worklogsOfIssue(long issueId, int offset, int limit) {
        return Arrays.asList(ao.find(SbWorklog.class, Query.select().where(SbWorklog.ISSUE_ID + " = ?", issueId)
                .order(SbWorklog.STARTED_MILLIS + " DESC, " + SbWorklog.ID + " DESC").offset(offset).limit(limit)));
    }

    public int worklogCountOfIssue(long issueId) {
        return ao.count(SbWorklog.class, Query.select().where(SbWorklog.ISSUE_ID + " = ?", issueId));
    }

    /** Worklog ids after {@code afterId}, in order, at most {@code limit}. */
    public List<SbWorklog> worklogsAfter(long afterId, int limit) {
        return Arrays.asList(ao.find(SbWorklog.class, Query.select().where(SbWorklog.ID + " > ?", afterId).order(SbWorklog.ID).limit(limit)));
    }

    /** The worklogs after {@code afterId} as Jira's database would give them: one joined read, id order. */
    public List<WorklogRecord> worklogRecordsAfter(long afterId, int limit) {
        String sql = "SELECT w." + q(SbWorklog.ID) + ", w." + q(SbWorklog.ISSUE_ID) + ", i." + q(SbIssue.KEY) + ", p." + q("ID")
                + ", p." + q(SbProject.KEY) + ", w." + q(SbWorklog.AUTHOR_KEY) + ", w." + q(SbWorklog.STARTED_MILLIS)
                + ", w." + q(SbWorklog.TIME_SPENT) + ", w." + q(SbWorklog.UPDATED_MILLIS)
                + " FROM " + database.qualifiedTable(SbWorklog.class) + " w"
                + " JOIN " + database.qualifiedTable(SbIssue.class) + " i ON i." + q("ID") + " = w." + q(SbWorklog.ISSUE_ID)
                + " JOIN " + database.qualifiedTable(SbProject.class) + " p ON p." + q("ID") + " = i." + q(SbIssue.PROJECT_ID)
                + " WHERE w." + q(SbWorklog.ID) + " > ? ORDER BY w." + q(SbWorklog.ID);
        List<WorklogRecord> records = new ArrayList<>(limit);
        try (Connection connection = database.connection(); java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(limit);
            statement.setFetchSize(limit);
            statement.setLong(1, afterId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(new WorklogRecord(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getLong(4), rows.getString(5),
                            rows.getString(6), Instant.ofEpochMilli(rows.getLong(7)), rows.getLong(8), Instant.ofEpochMilli(rows.getLong(9))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the worklogs after " + afterId, e);
        }
        return records;
    }

    public long worklogCount() {
        return ao.count(SbWorklog.class, Query.select());
    }

    public SbIssue createIssue(SbProject project, String summary, String assigneeKey) {
        return ao.executeInTransaction(() -> {
            int number = ao.count(SbIssue.class, Query.select().where(SbIssue.PROJECT_ID + " = ?", project.getID())) + 1;
            SbIssue issue = ao.create(SbIssue.class, Map.of(
                    SbIssue.KEY, project.getProjectKey() + "-" + number, SbIssue.PROJECT_ID, project.getID(), SbIssue.SUMMARY, summary));
            issue.setAssigneeKey(assigneeKey);
            issue.save();
            return issue;
        });
    }

    /** Puts the issue under a parent (an epic or a story) and sets its remaining estimate. */
    public void plan(SbIssue issue, String parentKey, long estimateSeconds) {
        issue.setParentKey(parentKey);
        issue.setEstimateSeconds(estimateSeconds);
        issue.save();
    }

    public SbWorklog createWorklog(SbIssue issue, String authorKey, Instant started, long seconds, String comment, Instant now) {
        SbWorklog worklog = ao.create(SbWorklog.class, Map.of(
                SbWorklog.ISSUE_ID, issue.getID(), SbWorklog.AUTHOR_KEY, authorKey, SbWorklog.STARTED_MILLIS, started.toEpochMilli(),
                SbWorklog.TIME_SPENT, seconds, SbWorklog.UPDATED_MILLIS, now.toEpochMilli()));
        worklog.setComment(comment);
        worklog.save();
        return worklog;
    }

    public SbWorklog updateWorklog(SbWorklog worklog, Instant started, long seconds, String comment, Instant now) {
        worklog.setStartedMillis(started.toEpochMilli());
        worklog.setTimeSpent(seconds);
        worklog.setComment(comment);
        worklog.setUpdatedMillis(now.toEpochMilli());
        worklog.save();
        return worklog;
    }

    public void deleteWorklog(SbWorklog worklog) {
        ao.delete(worklog);
    }

    /** The worklog as Jira's event would describe it. */
    public WorklogRecord record(SbWorklog worklog) {
        SbIssue issue = ao.get(SbIssue.class, worklog.getIssueId());
        SbProject project = ao.get(SbProject.class, issue.getProjectId());
        return new WorklogRecord(worklog.getId(), issue.getID(), issue.getIssueKey(), project.getID(), project.getProjectKey(),
                worklog.getAuthorKey(), Instant.ofEpochMilli(worklog.getStartedMillis()), worklog.getTimeSpent(),
                Instant.ofEpochMilli(worklog.getUpdatedMillis()));
    }

    private String q(String column) {
        return database.quoteColumn(column);
    }

    /** One line of the sandbox home page. */
    public record ProjectSummary(String key, String name, String client, long issues, long worklogs, long secondsLogged) {

        /** Logged time in hours with one decimal, e.g. {@code 1,234.5}. */
        public String hoursLogged() {
            return String.format(java.util.Locale.ENGLISH, "%,.1f", new java.math.BigDecimal(secondsLogged)
                    .divide(java.math.BigDecimal.valueOf(3600), 1, java.math.RoundingMode.HALF_UP));
        }
    }
}
