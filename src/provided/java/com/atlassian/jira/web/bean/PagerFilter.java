// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/bean/PagerFilter.html
package com.atlassian.jira.web.bean;

/** Declaration only: the members Ratecard calls. Which page of a search to return: from {@code start}, at most {@code max}. */
public class PagerFilter<T> {

    public PagerFilter(int start, int max) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
