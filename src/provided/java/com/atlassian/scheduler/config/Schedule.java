// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
package com.atlassian.scheduler.config;

import java.util.Date;

/** Declaration only: when a job runs. */
public final class Schedule {

    private Schedule() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
