package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.RemainingWork;
import io.github.ratecard.domain.IssueRef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Budgets' view of Jira's issues, read from tables of the shape Jira keeps (project, jiraissue,
 * issuelink, issuelinktype) on a real database: an epic's tree through epic and sub-task links,
 * ancestors, and estimates of unresolved issues only.
 */
public class JiraScopeWorkTest {

    private Connection connection;
    private JiraScopeWork target;

    @Before
    public void setUp() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:jira-scope-" + System.nanoTime());
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE project (id BIGINT PRIMARY KEY, pkey VARCHAR(255))");
            sql.execute("CREATE TABLE jiraissue (id BIGINT PRIMARY KEY, project BIGINT, issuenum BIGINT, assignee VARCHAR(255),"
                    + " timespent BIGINT, timeestimate BIGINT, resolution VARCHAR(255), summary VARCHAR(255))");
            sql.execute("CREATE TABLE issuelinktype (id BIGINT PRIMARY KEY, linkname VARCHAR(255))");
            sql.execute("CREATE TABLE issuelink (id BIGINT PRIMARY KEY, linktype BIGINT, source BIGINT, destination BIGINT)");
            sql.execute("INSERT INTO project VALUES (10000, 'ACME'), (10001, 'OPS')");
            sql.execute("INSERT INTO issuelinktype VALUES (1, 'jira_subtask_link'), (2, 'Epic-Story Link'), (3, 'Blocks')");
            // ACME-1 epic → ACME-2 story (→ ACME-3 sub-task, resolved), ACME-4 story; ACME-5 only blocks ACME-1
            sql.execute("INSERT INTO jiraissue (id, project, issuenum, assignee, timespent, timeestimate, resolution) VALUES (1, 10000, 1, NULL, 3600, 0, NULL), (2, 10000, 2, 'agent05', 7200, 14400, NULL),"
                    + " (3, 10000, 3, 'agent06', 1800, 3600, '1'), (4, 10000, 4, NULL, 0, 7200, NULL), (5, 10000, 5, 'agent07', 600, 600, NULL),"
                    + " (6, 10001, 1, 'agent05', 900, 900, NULL)");
            sql.execute("UPDATE jiraissue SET summary = 'Issue ' || id");
            sql.execute("INSERT INTO issuelink VALUES (1, 2, 1, 2), (2, 1, 2, 3), (3, 2, 1, 4), (4, 3, 5, 1)");
        }
        target = new JiraScopeWork(new JiraTables(JiraTablesTest.executorsOn(connection)));
    }

    @After
    public void tearDown() throws Exception {
        connection.close();
    }

    @Test
    public void treeOfAnEpic_shouldHoldItsStoriesAndTheirSubTasksButNotOtherLinks() {
        List<String> keys = target.treeOf("ACME-1").stream().map(IssueRef::key).toList();

        assertEquals(List.of("ACME-1", "ACME-2", "ACME-3", "ACME-4"), keys);
    }

    @Test
    public void treeOfAnUnknownIssue_shouldBeEmpty() {
        assertEquals(List.of(), target.treeOf("ACME-99"));
        assertEquals(List.of(), target.treeOf("not a key"));
    }

    @Test
    public void ancestorsOfASubTask_shouldBeItsStoryThenItsEpic() {
        assertEquals(List.of("ACME-2", "ACME-1"), target.ancestorKeysOf("ACME-3"));
        assertEquals(List.of(), target.ancestorKeysOf("ACME-1"));
    }

    @Test
    public void remainingWorkOfAnEpic_shouldCountAllTimeSpentAndOnlyOpenIssuesEstimates() {
        RemainingWork work = target.remainingWork(new BudgetScope(BudgetScope.Kind.ISSUE, "ACME-1"));

        assertEquals(3600 + 7200 + 1800, work.spentSeconds());
        assertEquals(14400 + 7200, work.remainingSeconds());
        assertEquals(List.of("ACME-2", "ACME-4"), work.open().stream().map(RemainingWork.OpenIssue::issueKey).toList());
        assertEquals("agent05", work.open().get(0).assigneeKey());
        assertEquals(null, work.open().get(1).assigneeKey());
    }

    @Test
    public void factsOfIssues_shouldNameEachIssuesEpicThroughItsParent() {
        var facts = target.factsOf(List.of(1L, 3L, 5L, 99L));

        assertEquals("ACME-1", facts.get(1L).epicKey());
        assertEquals("ACME-3", facts.get(3L).key());
        assertEquals("Issue 3", facts.get(3L).summary());
        assertEquals("ACME-1", facts.get(3L).epicKey());
        assertEquals(null, facts.get(5L).epicKey());
        assertEquals(3, facts.size());
    }

    @Test
    public void remainingWorkOfAProject_shouldCoverItsIssuesOnly() {
        RemainingWork work = target.remainingWork(new BudgetScope(BudgetScope.Kind.PROJECT, "OPS"));

        assertEquals(900, work.spentSeconds());
        assertEquals(900, work.remainingSeconds());
        assertEquals("OPS-1", work.open().get(0).issueKey());
    }
}
