// Atlassian Mail (Jira 10.3) — https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueue.html
package com.atlassian.mail.queue;

/** Declaration only: the members Ratecard calls. Jira's outgoing mail queue, sent by Jira's own mail job. */
public interface MailQueue {

    void addItem(MailQueueItem item);
}
