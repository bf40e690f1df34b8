package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.invoice.IssueMatches;
import io.github.ratecard.invoice.IssueSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.mockito.MockedConstruction;

/** JQL through Jira's search: run as the user, read page by page, refused with Jira's words. */
public class JiraIssueSearchTest {

    private final SearchService search = mock(SearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser fiona = mock(ApplicationUser.class);
    private final Query query = mock(Query.class);
    private final JiraIssueSearch target = new JiraIssueSearch(search, users);

    @Test
    public void matches_shouldBeReadPageByPageUntilTheLastIssue() throws Exception {
        parses("labels = retainer");
        SearchResults<Issue> first = page(issues(0, JiraIssueSearch.PAGE), JiraIssueSearch.PAGE + 2);
        SearchResults<Issue> second = page(issues(JiraIssueSearch.PAGE, 2), JiraIssueSearch.PAGE + 2);
        when(search.search(any(), any(), any())).thenReturn(first, second);
        List<Object> starts = new ArrayList<>();

        IssueMatches matches;
        try (MockedConstruction<PagerFilter> pagers = mockConstruction(PagerFilter.class, (pager, made) -> starts.add(made.arguments()))) {
            matches = target.matching("labels = retainer", "fiona");
        }

        assertEquals(List.of(List.of(0, JiraIssueSearch.PAGE), List.of(JiraIssueSearch.PAGE, JiraIssueSearch.PAGE)), starts);
        assertEquals(JiraIssueSearch.PAGE + 2, matches.size());
        assertTrue(matches.includes(JiraIssueSearch.PAGE + 1));
        assertTrue(matches.includesKey("ACME-" + (JiraIssueSearch.PAGE + 1)));
        assertFalse(matches.includes(JiraIssueSearch.PAGE + 2));
    }

    @Test
    public void queryThatParsesButNamesAValueThatDoesNotExist_shouldBeRefusedWithJirasWords() {
        parses("key in (ACME-1, ACME-999)");
        MessageSet errors = mock(MessageSet.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrorMessages()).thenReturn(Set.of("An issue with key 'ACME-999' does not exist for field 'key'."));
        when(search.validateQuery(fiona, query)).thenReturn(errors);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> target.matching("key in (ACME-1, ACME-999)", "fiona"));

        assertEquals("jql", refused.field());
        assertEquals("An issue with key 'ACME-999' does not exist for field 'key'.", refused.getMessage());
    }

    @Test
    public void queryWithASyntaxError_shouldBeRefusedWithJirasWords() {
        when(users.getUserByKey("fiona")).thenReturn(fiona);
        SearchService.ParseResult invalid = mock(SearchService.ParseResult.class);
        MessageSet errors = mock(MessageSet.class);
        when(errors.getErrorMessages()).thenReturn(Set.of("Error in the JQL Query: Expecting either a value, list or function but got 'EOF'."));
        when(invalid.isValid()).thenReturn(false);
        when(invalid.getErrors()).thenReturn(errors);
        when(search.parseQuery(fiona, "project =")).thenReturn(invalid);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> target.matching("project =", "fiona"));

        assertEquals("jql", refused.field());
        assertEquals("Error in the JQL Query: Expecting either a value, list or function but got 'EOF'.", refused.getMessage());
    }

    @Test
    public void queryMatchingTooManyIssues_shouldBeRefused() throws Exception {
        parses("project = ACME");
        SearchResults<Issue> huge = page(issues(0, 1), IssueSearch.MAX_ISSUES + 1);
        when(search.search(any(), any(), any())).thenReturn(huge);

        try (MockedConstruction<PagerFilter> pagers = mockConstruction(PagerFilter.class)) {
            assertEquals("jql", assertThrows(InvalidInputException.class, () -> target.matching("project = ACME", "fiona")).field());
        }
    }

    @Test
    public void userWhoIsGone_shouldBeToldRatherThanSearchAsAnonymous() {
        assertEquals("jql", assertThrows(InvalidInputException.class, () -> target.matching("project = ACME", "gone")).field());
    }

    private void parses(String jql) {
        when(users.getUserByKey("fiona")).thenReturn(fiona);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(fiona, jql)).thenReturn(parsed);
        when(search.validateQuery(fiona, query)).thenReturn(mock(MessageSet.class));
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> page(List<Issue> issues, int total) {
        SearchResults<Issue> page = mock(SearchResults.class);
        when(page.getResults()).thenReturn(issues);
        when(page.getTotal()).thenReturn(total);
        return page;
    }

    private static List<Issue> issues(long firstId, int count) {
        List<Issue> issues = new ArrayList<>();
        for (long id = firstId; id < firstId + count; id++) {
            Issue issue = mock(Issue.class);
            when(issue.getId()).thenReturn(id);
            when(issue.getKey()).thenReturn("ACME-" + id);
            issues.add(issue);
        }
        return issues;
    }
}
