// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/ApplicationProperties.html
package com.atlassian.sal.api;

/** Declaration only: the members Ratecard calls. */
public interface ApplicationProperties {

    /** The host's base URL; {@link UrlMode#RELATIVE} gives just its context path, e.g. {@code /jira}. */
    String getBaseUrl(UrlMode urlMode);
}
