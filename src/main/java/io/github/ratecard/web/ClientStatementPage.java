package io.github.ratecard.web;

import io.github.ratecard.export.ExportWords;
import io.github.ratecard.invoice.RetainerFigures;
import io.github.ratecard.invoice.RetainerStatement;
import io.github.ratecard.invoice.RetainerStatements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the client statement page in the account's language (the client's document, whoever prints it): the retainer
 * balance of the period and the hours per issue, hours with two decimals and the language's decimal sign.
 */
public final class ClientStatementPage {

    private final RetainerStatements statements;

    public ClientStatementPage(RetainerStatements statements) {
        this.statements = statements;
    }

    /** Whether the current user may read the account's statements. */
    public boolean mayRead(String accountKey) {
        return statements.mayRead(accountKey);
    }

    public ClientStatementView view(String accountKey, YearMonth month, String restBase) {
        RetainerStatement statement = statements.statement(accountKey, month);
        ExportWords words = ExportWords.of(Locale.forLanguageTag(statement.language()));
        String[] keys = {"opening", "prepaid", "used", "overage", "expired", "rolledOver", "closing"};
        List<PageRow> balance = new ArrayList<>();
        statement.balance().ifPresent(figures -> {
            long[] seconds = seconds(figures);
            for (int i = 0; i < keys.length; i++) {
                balance.add(new PageRow(keys[i], words.text("ratecard.contract.balance." + keys[i]), List.of(hours(seconds[i], words)), "", null));
            }
        });
        List<PageRow> issues = new ArrayList<>();
        for (RetainerStatement.IssueHours issue : statement.issues()) {
            issues.add(new PageRow(issue.issueKey(), issue.issueKey(), List.of(issue.summary(), hours(issue.seconds(), words),
                    issue.invoiceNumber().orElse(words.text("ratecard.statement.notInvoiced"))), "", null));
        }
        String xlsx = restBase + "/accounts/" + URLEncoder.encode(accountKey, StandardCharsets.UTF_8) + "/statement?format=xlsx&period=" + month;
        return new ClientStatementView(words.text("ratecard.statement.title", statement.clientName(), statement.periodName()), statement.clientName(),
                statement.periodName(), balance, words.text("ratecard.statement.noRetainer", statement.periodName()), issues,
                hours(statement.totalSeconds(), words), xlsx, pageWords(words));
    }

    private static ClientStatementView.Words pageWords(ExportWords words) {
        return new ClientStatementView.Words(words.text("ratecard.statement.issue"), words.text("ratecard.statement.summary"),
                words.text("ratecard.statement.hours"), words.text("ratecard.statement.invoice"), words.text("ratecard.statement.total"),
                words.text("ratecard.statement.download"), words.text("ratecard.statement.print"));
    }

    private static long[] seconds(RetainerFigures f) {
        return new long[] {f.openingSeconds(), f.prepaidSeconds(), f.usedSeconds(), f.overageSeconds(), f.expiredSeconds(), f.rolledOverSeconds(),
            f.closingSeconds()};
    }

    private static String hours(long seconds, ExportWords words) {
        String plain = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP).toPlainString();
        return words.locale().getLanguage().equals("de") ? plain.replace('.', ',') : plain;
    }
}
