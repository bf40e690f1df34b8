// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html
package com.atlassian.sal.api;

/** Declaration only: how a base URL is given. */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE
}
