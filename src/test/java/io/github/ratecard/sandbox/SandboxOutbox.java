package io.github.ratecard.sandbox;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.AlertMailer;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.sandbox.model.SbMail;
import io.github.ratecard.web.AlertMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/** Plays Jira's mail queue: every alert e-mail the app queues lands in SB_MAIL, one row per recipient, shown on /sandbox/outbox. */
final class SandboxOutbox implements AlertMailer {

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
                    SbMail.QUEUED_MILLIS, clock.millis()));
        }
    }

    /** The queued e-mails, newest first. */
    List<SbMail> mails() {
        return Arrays.asList(store.ao().find(SbMail.class, Query.select().order(SbMail.QUEUED_MILLIS + " DESC, ID DESC").limit(200)));
    }
}
