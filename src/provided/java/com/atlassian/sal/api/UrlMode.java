// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/UrlMode.html
package com.atlassian.sal.api;

/** Declaration only: how a base URL is given. */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE
}
