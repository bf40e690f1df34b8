// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerServiceException.html
package com.atlassian.scheduler;

/** Declaration only: the scheduler could not accept a job. */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
