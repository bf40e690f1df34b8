// Atlassian Mail (Jira 10.3) — https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html
package com.atlassian.mail;

/** Declaration only: the members Ratecard calls. An e-mail to queue; Jira fills in the sender. */
public class Email {

    public Email(String to) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
