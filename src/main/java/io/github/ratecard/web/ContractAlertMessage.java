package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.contract.ThresholdCrossing;
import java.util.Locale;

/** The e-mail of a contract's threshold crossing, in plain text: which account, what reached which threshold, and a link to its view. */
public final class ContractAlertMessage {

    private ContractAlertMessage() {
    }

    /** {@code baseUrl} is Jira's absolute base URL. */
    public static AlertMessage.Mail of(ThresholdCrossing crossing, String baseUrl, I18nResolver i18n, Locale locale) {
        ViewerFormat format = new ViewerFormat(i18n, locale);
        String what = format.text("ratecard.contract.alert.kind." + crossing.kind().name());
        String subject = ViewerFormat.fill(format.text("ratecard.contract.alert.mail.subject"), crossing.accountKey(), what,
                String.valueOf(crossing.threshold()));
        String body = ViewerFormat.fill(format.text("ratecard.contract.alert.mail.body").replace("\\n", "\n"), crossing.accountKey(), what,
                String.valueOf(crossing.threshold()), crossing.period().toString(), crossing.consumedPercent().map(format::percent).orElse("–"),
                (baseUrl == null ? "" : baseUrl) + "/plugins/servlet/ratecard/budgets?account=" + crossing.accountKey());
        return new AlertMessage.Mail(subject, body);
    }
}
