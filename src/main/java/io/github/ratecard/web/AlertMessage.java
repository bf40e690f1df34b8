package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
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
        ViewerFormat format = new ViewerFormat(i18n, locale);
        String scope = budget.scope().key();
        String label = format.text("ratecard.budget.measure." + budget.measure().name()) + " · "
                + format.text("ratecard.budget.period." + budget.period().name());
        String subject = lines(format, "ratecard.alert.mail.subject", scope, String.valueOf(alert.threshold()));
        String body = lines(format, "ratecard.alert.mail.body", label, scope, String.valueOf(alert.threshold()), format.range(alert.period()),
                format.roundPercent(alert.consumedPercent()), budgetUrl(budget, baseUrl));
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

    /** The text of {@code key}, its "\\n" turned into line breaks, with the values filled in. */
    private static String lines(ViewerFormat format, String key, String... values) {
        return ViewerFormat.fill(format.text(key).replace("\\n", "\n"), values);
    }
}
