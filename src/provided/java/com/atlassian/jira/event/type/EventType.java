// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/type/EventType.html
package com.atlassian.jira.event.type;

/** Declaration only: the event type ids Ratecard compares with. */
public class EventType {

    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;

    private EventType() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
