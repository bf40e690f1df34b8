package io.github.ratecard.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.contract.ThresholdCrossing;
import io.github.ratecard.contract.ThresholdMailer;
import io.github.ratecard.web.AlertMessage;
import io.github.ratecard.web.ContractAlertMessage;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues a contract alert's e-mail in Jira's mail queue, one per recipient with an e-mail address, as the budget alerts
 * do ({@link JiraAlertMailer}); texts in Jira's default language.
 */
public class JiraThresholdMailer implements ThresholdMailer {

    private static final Logger LOG = LoggerFactory.getLogger(JiraThresholdMailer.class);

    private final MailQueue mailQueue;
    private final UserManager users;
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public JiraThresholdMailer(MailQueue mailQueue, UserManager users, I18nResolver i18n, ApplicationProperties application) {
        this.mailQueue = mailQueue;
        this.users = users;
        this.i18n = i18n;
        this.application = application;
    }

    @Override
    public void send(ThresholdCrossing crossing, Set<String> recipientKeys) {
        AlertMessage.Mail mail = ContractAlertMessage.of(crossing, application.getBaseUrl(UrlMode.ABSOLUTE), i18n, Locale.getDefault());
        for (String key : recipientKeys) {
            ApplicationUser user = users.getUserByKey(key);
            String address = user == null ? null : user.getEmailAddress();
            if (address == null || address.isBlank()) {
                LOG.info("Ratecard contract alert {} has a recipient without an e-mail address", crossing.dedupKey() + " to " + key);
                continue;
            }
            mailQueue.addItem(new SingleMailQueueItem(new Email(address).setSubject(mail.subject()).setBody(mail.body())
                    .setMimeType("text/plain")));
        }
    }
}
