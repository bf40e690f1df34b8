// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/search/SearchResults.html
package com.atlassian.jira.issue.search;

import java.util.List;

/** Declaration only: the members Ratecard calls. One page of a search's results, and how many there are in all. */
public class SearchResults<T> {

    public List<T> getResults() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
