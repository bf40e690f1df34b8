package io.github.ratecard.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.invoice.IssueMatches;
import io.github.ratecard.invoice.IssueSearch;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs JQL through Jira's search as the user, so it matches only the issues they may browse: parsed,
 * validated (unknown fields and values are refused, never read as "no issues"), then read a page at
 * a time.
 */
public final class JiraIssueSearch implements IssueSearch {

    static final int PAGE = 1000;

    private final SearchService search;
    private final UserManager users;

    public JiraIssueSearch(SearchService search, UserManager users) {
        this.search = search;
        this.users = users;
    }

    @Override
    public IssueMatches matching(String jql, String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        InvalidInputException.require(user != null, "jql", "The query runs as " + userKey + ", who is no longer a Jira user");
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw refused(parsed.getErrors());
        }
        MessageSet invalid = search.validateQuery(user, parsed.getQuery());
        if (invalid.hasAnyErrors()) {
            throw refused(invalid);
        }
        Map<Long, String> matched = new LinkedHashMap<>();
        try {
            for (int start = 0; ; start += PAGE) {
                SearchResults<Issue> page = search.search(user, parsed.getQuery(), new PagerFilter<Issue>(start, PAGE));
                InvalidInputException.require(page.getTotal() <= MAX_ISSUES, "jql", "The query matches " + page.getTotal() + " issues, more than "
                        + MAX_ISSUES + "; narrow it, or narrow the draft by projects");
                page.getResults().forEach(issue -> matched.put(issue.getId(), issue.getKey()));
                if (page.getResults().size() < PAGE || start + PAGE >= page.getTotal()) {
                    return IssueMatches.of(matched);
                }
            }
        } catch (SearchException e) {
            throw new InvalidInputException("jql", "Jira could not run the query: " + e.getMessage());
        }
    }

    /** Jira's words on a query it parses or validates to errors: an unknown field, a value that does not exist, a project the user cannot see. */
    private static InvalidInputException refused(MessageSet errors) {
        return new InvalidInputException("jql", String.join(" ", new java.util.TreeSet<>(errors.getErrorMessages())));
    }
}
