package io.github.ratecard.sandbox;

import io.github.ratecard.sandbox.model.SbIssue;
import io.github.ratecard.sandbox.model.SbProject;
import io.github.ratecard.sandbox.model.SbUser;
import io.github.ratecard.sandbox.model.SbWorklog;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sandbox's demo story, the same for the same seed: three clients served by five projects,
 * forty agents in three staff levels plus a lead, a finance user and an administrator, and six
 * months of worklogs (May to October 2026) on weekdays, written in JDBC batches.
 */
public final class DemoData {

    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 5, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    public static final ZoneId AGENTS_ZONE = ZoneId.of("Europe/Berlin");

    static final String[][] PROJECTS = {
        {"ACME", "Acme support desk", "Acme Corporation"},
        {"ACMEDEV", "Acme platform work", "Acme Corporation"},
        {"GLX", "Globex helpdesk", "Globex Inc."},
        {"INI", "Initech back office", "Initech K.K."},
        {"OPS", "Internal operations", "Ratecard BPO (internal)"},
    };
    static final String[] LEVELS = {"Agent L1", "Agent L2", "Team lead"};
    static final int AGENTS = 40;
    static final int ISSUES_PER_PROJECT = 60;
    private static final int BATCH = 5_000;

    private static final String[] FIRST_NAMES = {"Ana", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas",
        "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq"};
    private static final String[] LAST_NAMES = {"Okafor", "Schmidt", "Reyes", "Tanaka", "Novak", "Haddad"};
    private static final String[] TOPICS = {"Password reset for", "Invoice query from", "Onboarding of", "Escalation:",
        "Data correction for", "Monthly report for", "Access request by", "Outage follow-up with"};

    private final TestDatabase database;
    private final long seed;
    private final int worklogCount;

    public DemoData(TestDatabase database, long seed, int worklogCount) {
        this.database = database;
        this.seed = seed;
        this.worklogCount = worklogCount;
    }

    /** Writes the whole story into empty sandbox tables. */
    public void generate() {
        Random random = new Random(seed);
        List<String> agents = createUsers();
        List<int[]> issuesByProject = createProjectsAndIssues(random, agents);
        createWorklogs(random, agents, issuesByProject);
    }

    private List<String> createUsers() {
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            String key = String.format("agent%02d", i + 1);
            String name = FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[i % LAST_NAMES.length];
            createUser(key, name, LEVELS[levelOf(i)], "agent");
            agents.add(key);
        }
        createUser("lead", "Lars Lead", "Team lead", "lead");
        createUser("finance", "Fiona Finance", null, "finance");
        createUser("admin", "Ada Admin", null, "admin");
        createUser("guest", "Gus Guest", null, "guest");
        return agents;
    }

    /** How many epics each project has: its first issues. */
    static final int EPICS_PER_PROJECT = 3;

    /** Issues 1–3 of a project are its epics; of the others, three in four belong to one of them. */
    static String epicOf(String projectKey, int number) {
        if (number <= EPICS_PER_PROJECT || number % 4 == 0) {
            return null;
        }
        return projectKey + "-" + (number % EPICS_PER_PROJECT + 1);
    }

    /** 24 agents at L1, 12 at L2, 4 team leads. */
    static int levelOf(int agentIndex) {
        return agentIndex < 24 ? 0 : agentIndex < 36 ? 1 : 2;
    }

    private void createUser(String key, String displayName, String level, String role) {
        SbUser user = database.activeObjects().create(SbUser.class, java.util.Map.of(
                SbUser.KEY, key, SbUser.USER_NAME, key, SbUser.DISPLAY_NAME, displayName, SbUser.DEMO_ROLE, role));
        user.setDemoLevel(level);
        user.save();
    }

    private List<int[]> createProjectsAndIssues(Random random, List<String> agents) {
        List<int[]> issuesByProject = new ArrayList<>();
        for (String[] p : PROJECTS) {
            SbProject project = database.activeObjects().create(SbProject.class, java.util.Map.of(
                    SbProject.KEY, p[0], SbProject.NAME, p[1]));
            project.setClientName(p[2]);
            project.setLeadKey("lead");
            project.save();
            int[] issueIds = new int[ISSUES_PER_PROJECT];
            for (int n = 0; n < ISSUES_PER_PROJECT; n++) {
                String summary = TOPICS[random.nextInt(TOPICS.length)] + " " + p[2];
                SbIssue issue = database.activeObjects().create(SbIssue.class, java.util.Map.of(
                        SbIssue.KEY, p[0] + "-" + (n + 1), SbIssue.PROJECT_ID, project.getID(), SbIssue.SUMMARY, summary));
                issue.setAssigneeKey(agents.get(random.nextInt(agents.size())));
                issue.setEstimateSeconds(3600L * random.nextInt(12));
                issue.setParentKey(epicOf(p[0], n + 1));
                issue.save();
                issueIds[n] = issue.getID();
            }
            issuesByProject.add(issueIds);
        }
        return issuesByProject;
    }

    private void createWorklogs(Random random, List<String> agents, List<int[]> issuesByProject) {
        List<LocalDate> weekdays = weekdays();
        long slots = (long) weekdays.size() * agents.size();
        String sql = "INSERT INTO " + database.qualifiedTable(SbWorklog.class) + " (" + quote(SbWorklog.ISSUE_ID) + ", "
                + quote(SbWorklog.AUTHOR_KEY) + ", " + quote(SbWorklog.STARTED_MILLIS) + ", " + quote(SbWorklog.TIME_SPENT) + ", "
                + quote(SbWorklog.UPDATED_MILLIS) + ", " + quote(SbWorklog.COMMENT) + ") VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.connection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            long written = 0;
            for (long slot = 0; slot < slots && written < worklogCount; slot++) {
                int agent = (int) (slot % agents.size());
                LocalDate day = weekdays.get((int) (slot / agents.size()));
                long quota = worklogCount * (slot + 1) / slots - worklogCount * slot / slots;
                int[] projects = projectsOf(agent);
                long minuteOfDay = 8 * 60;
                for (long n = 0; n < quota; n++, written++) {
                    int[] issues = issuesByProject.get(projects[random.nextInt(projects.length)]);
                    int minutes = 5 + random.nextInt(Math.max(6, (int) Math.min(115, 600 / quota)));
                    long started = day.atTime(LocalTime.MIDNIGHT).plusMinutes(minuteOfDay).atZone(AGENTS_ZONE).toInstant().toEpochMilli();
                    minuteOfDay += minutes;
                    insert.setInt(1, issues[random.nextInt(issues.length)]);
                    insert.setString(2, agents.get(agent));
                    insert.setLong(3, started);
                    insert.setLong(4, minutes * 60L);
                    insert.setLong(5, started + minutes * 60_000L);
                    insert.setString(6, "Worked on the ticket");
                    insert.addBatch();
                    if ((written + 1) % BATCH == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the demo worklogs", e);
        }
    }

    /** Each agent works for one or two projects; the team leads look after three. */
    static int[] projectsOf(int agentIndex) {
        int home = agentIndex % PROJECTS.length;
        if (levelOf(agentIndex) == 2) {
            return new int[] {home, (home + 1) % PROJECTS.length, (home + 2) % PROJECTS.length};
        }
        return agentIndex % 3 == 0 ? new int[] {home, (home + 2) % PROJECTS.length} : new int[] {home};
    }

    static List<LocalDate> weekdays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    private String quote(String column) {
        return database.quoteColumn(column);
    }
}
