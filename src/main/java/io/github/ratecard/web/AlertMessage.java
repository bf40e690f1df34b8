package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The e-mail of a budget alert, in plain text: which budget, which threshold, how much is used, and a link to the budget. */
public final class AlertMessage {

    /** A subject and a plain-text body. */
    public record Mail(String subject, String body) {
    }

    private AlertMessage() {
    }

    /** {@code baseUrl} is Jira's absolute base URL. */
    public static Mail of(BudgetAlert alert, Budget budget, String baseUrl, I18nResolver i18n, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        String scope = budget.scope().key();
        String label = i18n.getText("ratecard.budget.measure." + budget.measure().name()) + " · "
                + i18n.getText("ratecard.budget.period." + budget.period().name());
        String period = dates.format(alert.period().first()) + " – " + dates.format(alert.period().last());
        String subject = fill(i18n.getText("ratecard.alert.mail.subject"), scope, String.valueOf(alert.threshold()));
        String body = fill(i18n.getText("ratecard.alert.mail.body"), label, scope, String.valueOf(alert.threshold()), period,
                percent.format(alert.consumedPercent()) + " %", budgetUrl(budget, baseUrl));
        return new Mail(subject, body);
    }

    /** The page that shows the budget: its project's or account's Budget page, or its issue. */
    public static String budgetUrl(Budget budget, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl;
        return switch (budget.scope().kind()) {
            case PROJECT -> base + "/plugins/servlet/ratecard/budgets?project=" + budget.scope().key() + "&budget=" + budget.id();
            case ACCOUNT -> base + "/plugins/servlet/ratecard/budgets?account=" + budget.scope().key() + "&budget=" + budget.id();
            case ISSUE -> base + "/browse/" + budget.scope().key();
        };
    }

    private static String fill(String text, String... values) {
        String filled = text.replace("\\n", "\n");
        for (int i = 0; i < values.length; i++) {
            filled = filled.replace("{" + i + "}", values[i]);
        }
        return filled;
    }
}
