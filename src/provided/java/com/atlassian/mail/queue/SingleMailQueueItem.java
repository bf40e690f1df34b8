// Atlassian Mail (Jira 10.3) — https://docs.atlassian.com/atlassian-mail/2.3.2/xref/com/atlassian/mail/queue/SingleMailQueueItem.html
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/** Declaration only: the members Ratecard calls. One e-mail as an item of Jira's mail queue. */
public class SingleMailQueueItem implements MailQueueItem {

    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
