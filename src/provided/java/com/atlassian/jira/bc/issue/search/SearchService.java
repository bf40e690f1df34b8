// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/issue/search/SearchService.html
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Declaration only: the members Ratecard calls. Jira's issue search: JQL parsed and run as a user, with their permissions. */
public interface SearchService {

    ParseResult parseQuery(ApplicationUser searcher, String query);

    MessageSet validateQuery(ApplicationUser searcher, Query query);

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Declaration only: what parsing a JQL string gave. */
    final class ParseResult {

        public Query getQuery() {
            throw new UnsupportedOperationException("Provided by Jira at run time");
        }

        public MessageSet getErrors() {
            throw new UnsupportedOperationException("Provided by Jira at run time");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("Provided by Jira at run time");
        }
    }
}
