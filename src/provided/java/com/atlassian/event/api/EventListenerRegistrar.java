// Jira 10.3 (Atlassian Event) — https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html
package com.atlassian.event.api;

/** Declaration only: where listeners are registered; {@link EventPublisher} extends it. */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
