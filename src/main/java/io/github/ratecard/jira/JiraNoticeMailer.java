package io.github.ratecard.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.github.ratecard.approval.Notice;
import io.github.ratecard.approval.Notifier;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.insight.hints.DigestMailer;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.web.HintDigestMessage;
import io.github.ratecard.web.HintText;
import java.util.List;
import io.github.ratecard.web.NoticeMessage;
import io.github.ratecard.web.ViewerFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues a timesheet notice's (or the weekly hints') HTML e-mail in Jira's mail queue, in the language the recipient chose
 * in their Jira profile (Jira's default language when they chose none). Jira's mail job sends it with
 * Jira's sender, and drops it when no outgoing mail server is configured.
 */
public class JiraNoticeMailer implements Notifier, DigestMailer {

    private static final Logger LOG = LoggerFactory.getLogger(JiraNoticeMailer.class);

    private final MailQueue mailQueue;
    private final UserManager jiraUsers;
    private final I18nHelper.BeanFactory i18n;
    private final ApplicationProperties application;
    private final UserDirectory users;
    private final ProjectDirectory projects;

    public JiraNoticeMailer(MailQueue mailQueue, UserManager jiraUsers, I18nHelper.BeanFactory i18n, ApplicationProperties application,
                            UserDirectory users, ProjectDirectory projects) {
        this.mailQueue = mailQueue;
        this.jiraUsers = jiraUsers;
        this.i18n = i18n;
        this.application = application;
        this.users = users;
        this.projects = projects;
    }

    @Override
    public void send(Notice notice) {
        ApplicationUser recipient = jiraUsers.getUserByKey(notice.recipientKey());
        String address = recipient == null ? null : recipient.getEmailAddress();
        if (address == null || address.isBlank()) {
            LOG.info("Ratecard's {} e-mail about {}'s timesheet {}: user {} has no e-mail address", notice.kind(), notice.userKey(),
                    notice.period().label(), notice.recipientKey());
            return;
        }
        I18nHelper words = i18n.getInstance(recipient);
        NoticeMessage.Mail mail = new NoticeMessage(ViewerFormat.of(words::getText, words.getLocale()), users, projects,
                application.getBaseUrl(UrlMode.ABSOLUTE)).of(notice);
        mailQueue.addItem(new SingleMailQueueItem(new Email(address).setSubject(mail.subject()).setBody(mail.htmlBody()).setMimeType("text/html")));
    }

    @Override
    public void sendDigest(String recipientKey, List<Hint> hints) {
        ApplicationUser recipient = jiraUsers.getUserByKey(recipientKey);
        String address = recipient == null ? null : recipient.getEmailAddress();
        if (address == null || address.isBlank()) {
            LOG.info("Ratecard's weekly hints e-mail: user {} has no e-mail address", recipientKey);
            return;
        }
        I18nHelper words = i18n.getInstance(recipient);
        HintText text = new HintText(ViewerFormat.of(words::getText, words.getLocale()), words.getLocale(), users, projects);
        HintDigestMessage.Mail mail = new HintDigestMessage(text, application.getBaseUrl(UrlMode.ABSOLUTE)).of(hints);
        mailQueue.addItem(new SingleMailQueueItem(new Email(address).setSubject(mail.subject()).setBody(mail.htmlBody()).setMimeType("text/html")));
    }
}
