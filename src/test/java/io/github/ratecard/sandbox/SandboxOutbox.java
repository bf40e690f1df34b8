package io.github.ratecard.sandbox;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.AlertMailer;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.approval.Notice;
import io.github.ratecard.approval.Notifier;
import io.github.ratecard.insight.hints.DigestMailer;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.web.HintDigestMessage;
import io.github.ratecard.web.HintText;
import io.github.ratecard.sandbox.model.SbMail;
import io.github.ratecard.web.NoticeMessage;
import io.github.ratecard.web.ViewerFormat;
import io.github.ratecard.web.AlertMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * Plays Jira's mail queue: every e-mail the app queues (budget alerts, timesheet notices, weekly hints) lands in
 * SB_MAIL, one row per recipient, shown on /sandbox/outbox. Sandbox users have no language of their
 * own, so notices are in English, as Jira writes them for a user who chose English.
 */
final class SandboxOutbox implements AlertMailer, Notifier, DigestMailer, io.github.ratecard.contract.ThresholdMailer {

    private final SandboxStore store;
    private final I18nResolver i18n;
    private final String baseUrl;
    private final Clock clock;

    SandboxOutbox(SandboxStore store, I18nResolver i18n, String baseUrl, Clock clock) {
        this.store = store;
        this.i18n = i18n;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public void send(BudgetAlert alert, Budget budget, Set<String> recipientKeys) {
        AlertMessage.Mail mail = AlertMessage.of(alert, budget, baseUrl, i18n, Locale.ENGLISH);
        for (String key : recipientKeys) {
            String name = store.user(key).map(user -> user.getDisplayName() + " <" + key + ">").orElse(key);
            store.ao().create(SbMail.class, Map.of(SbMail.RECIPIENT, name, SbMail.SUBJECT, mail.subject(), SbMail.BODY, mail.body(),
                    SbMail.QUEUED_MILLIS, clock.millis(), SbMail.HTML, false));
        }
    }

    @Override
    public void send(io.github.ratecard.contract.ThresholdCrossing crossing, Set<String> recipientKeys) {
        AlertMessage.Mail mail = io.github.ratecard.web.ContractAlertMessage.of(crossing, baseUrl, i18n, Locale.ENGLISH);
        for (String key : recipientKeys) {
            String name = store.user(key).map(user -> user.getDisplayName() + " <" + key + ">").orElse(key);
            store.ao().create(SbMail.class, Map.of(SbMail.RECIPIENT, name, SbMail.SUBJECT, mail.subject(), SbMail.BODY, mail.body(),
                    SbMail.QUEUED_MILLIS, clock.millis(), SbMail.HTML, false));
        }
    }

    @Override
    public void send(Notice notice) {
        NoticeMessage.Mail mail = new NoticeMessage(ViewerFormat.of(i18n::getText, Locale.ENGLISH), SandboxDirectories.users(store),
                SandboxDirectories.projects(store), baseUrl).of(notice);
        String name = store.user(notice.recipientKey()).map(user -> user.getDisplayName() + " <" + notice.recipientKey() + ">")
                .orElse(notice.recipientKey());
        store.ao().create(SbMail.class, Map.of(SbMail.RECIPIENT, name, SbMail.SUBJECT, mail.subject(), SbMail.BODY, mail.htmlBody(),
                SbMail.QUEUED_MILLIS, clock.millis(), SbMail.HTML, true));
    }

    @Override
    public void sendDigest(String recipientKey, List<Hint> hints) {
        HintText words = new HintText(ViewerFormat.of(i18n::getText, Locale.ENGLISH), Locale.ENGLISH, SandboxDirectories.users(store),
                SandboxDirectories.projects(store));
        HintDigestMessage.Mail mail = new HintDigestMessage(words, baseUrl).of(hints);
        String name = store.user(recipientKey).map(user -> user.getDisplayName() + " <" + recipientKey + ">").orElse(recipientKey);
        store.ao().create(SbMail.class, Map.of(SbMail.RECIPIENT, name, SbMail.SUBJECT, mail.subject(), SbMail.BODY, mail.htmlBody(),
                SbMail.QUEUED_MILLIS, clock.millis(), SbMail.HTML, true));
    }

    /** The queued e-mails, newest first. */
    List<SbMail> mails() {
        return Arrays.asList(store.ao().find(SbMail.class, Query.select().order(SbMail.QUEUED_MILLIS + " DESC, ID DESC").limit(200)));
    }
}
