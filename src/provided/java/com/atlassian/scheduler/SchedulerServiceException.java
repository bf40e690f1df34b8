// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler/latest/
package com.atlassian.scheduler;

/** Declaration only: the scheduler could not accept a job. */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
