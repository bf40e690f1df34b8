// Atlassian Mail (Jira 10.3) — https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueueItem.html
package com.atlassian.mail.queue;

/** Declaration only: Ratecard passes Jira's own items ({@link SingleMailQueueItem}) and never implements this. */
public interface MailQueueItem {
}
