// Jira 10.3 (Atlassian Event 5.x) — https://docs.atlassian.com/atlassian-event/latest/com/atlassian/event/api/EventPublisher.html
package com.atlassian.event.api;

/** Declaration only: the members Ratecard calls. */
public interface EventPublisher {

    void register(Object listener);

    void unregister(Object listener);
}
