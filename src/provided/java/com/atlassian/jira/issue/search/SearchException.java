// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/search/SearchException.html
package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/** Declaration only: a search Jira could not run. */
public class SearchException extends JiraException {
}
