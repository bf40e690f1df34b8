// Jira 10.3 (Atlassian Event) — https://docs.atlassian.com/atlassian-event/2.3.1/com/atlassian/event/api/EventPublisher.html
package com.atlassian.event.api;

/** Declaration only: Jira's event bus; Ratecard registers its listeners through what it inherits. */
public interface EventPublisher extends EventListenerRegistrar {
}
