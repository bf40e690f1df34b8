// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/timezone/TimeZoneManager.html
package com.atlassian.jira.timezone;

import java.util.TimeZone;

/** Declaration only: the members Ratecard calls. */
public interface TimeZoneManager {

    /** Jira's default time zone for users. */
    TimeZone getDefaultTimezone();
}
