package io.github.ratecard.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.AlertMailer;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.web.AlertMessage;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues a budget alert's e-mail in Jira's mail queue, one per recipient with an e-mail address;
 * Jira's own mail job sends it with Jira's sender and mail server (and drops it when no outgoing
 * mail server is configured). Texts are in Jira's default language.
 */
public class JiraAlertMailer implements AlertMailer {

    private static final Logger LOG = LoggerFactory.getLogger(JiraAlertMailer.class);

    private final MailQueue mailQueue;
    private final UserManager users;
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public JiraAlertMailer(MailQueue mailQueue, UserManager users, I18nResolver i18n, ApplicationProperties application) {
        this.mailQueue = mailQueue;
        this.users = users;
        this.i18n = i18n;
        this.application = application;
    }

    @Override
    public void send(BudgetAlert alert, Budget budget, Set<String> recipientKeys) {
        AlertMessage.Mail mail = AlertMessage.of(alert, budget, application.getBaseUrl(UrlMode.ABSOLUTE), i18n, Locale.getDefault());
        for (String key : recipientKeys) {
            ApplicationUser user = users.getUserByKey(key);
            String address = user == null ? null : user.getEmailAddress();
            if (address == null || address.isBlank()) {
                LOG.info("Ratecard alert {} of budget {}: user {} has no e-mail address", alert.id(), budget.id(), key);
                continue;
            }
            mailQueue.addItem(new SingleMailQueueItem(new Email(address).setSubject(mail.subject()).setBody(mail.body())
                    .setMimeType("text/plain")));
        }
    }
}
