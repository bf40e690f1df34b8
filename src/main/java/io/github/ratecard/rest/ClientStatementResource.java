package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.export.DownloadName;
import io.github.ratecard.export.StatementXlsxWriter;
import io.github.ratecard.invoice.RetainerFigures;
import io.github.ratecard.invoice.RetainerStatement;
import io.github.ratecard.invoice.RetainerStatements;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/**
 * {@code /accounts/{key}/statement?period=2026-05}: the client statement of the account's retainer period that contains
 * the month, as JSON or XLSX ({@code format=json|xlsx}): the balance and the hours used per issue. Finance, and the
 * leads of the projects billing to the account.
 */
@Path("accounts/{key}/statement")
@LicensedOnly
public class ClientStatementResource {

    private final RetainerStatements statements;

    @Inject
    public ClientStatementResource(RetainerStatements statements) {
        this.statements = statements;
    }

    /**
     * The client statement of the account's retainer period that contains the
     * month: the balance and the hours used per issue, as JSON or an XLSX download.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public Response statement(@PathParam("key") String key, @QueryParam("period") String period,
                              @QueryParam("format") @DefaultValue("json") String format) {
        statements.requireReader(key);
        String kind = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        YearMonth month = month(period);
        InvalidInputException.require(kind.equals("json") || kind.equals("xlsx"), "format", "format must be json or xlsx, was: " + format,
                Refusal.of(Refusal.Reason.NOT_ONE_OF, "json, xlsx"));
        RetainerStatement statement = statements.statement(key, month);
        if (kind.equals("json")) {
            return Response.ok(StatementDoc.of(statement), MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
        }
        StatementXlsxWriter writer = new StatementXlsxWriter();
        StreamingOutput body = out -> writer.write(statement, out);
        String fileName = DownloadName.sanitize("statement-" + statement.accountKey() + "-" + month, writer.extension());
        return Response.ok(body, writer.mediaType()).header("Content-Disposition", DownloadName.contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    /** A month such as 2026-05 within the days the app accepts. */
    static YearMonth month(String value) {
        InvalidInputException.require(value != null && !value.isBlank(), "period", "period is required, e.g. 2026-05",
                Refusal.of(Refusal.Reason.REQUIRED));
        YearMonth month;
        try {
            month = YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("period", "period must be a month such as 2026-05, was: " + value, Refusal.of(Refusal.Reason.NOT_A_DATE));
        }
        YearMonth first = YearMonth.from(LocalDate.parse(InputLimits.FIRST_DAY));
        YearMonth last = YearMonth.from(LocalDate.parse(InputLimits.LAST_DAY));
        InvalidInputException.require(!month.isBefore(first) && !month.isAfter(last), "period", "period must be from " + first + " to " + last,
                Refusal.of(Refusal.Reason.OUT_OF_RANGE, first, last));
        return month;
    }

    /** The statement as JSON: the balance in seconds (null without a retainer) and the hours per issue. */
    public record StatementDoc(String accountKey, String client, String period, Balance balance, List<Issue> issues, long totalSeconds) {
        static StatementDoc of(RetainerStatement s) {
            return new StatementDoc(s.accountKey(), s.clientName(), s.periodName(), s.balance().map(Balance::of).orElse(null),
                    s.issues().stream().map(Issue::of).toList(), s.totalSeconds());
        }
    }

    public record Balance(long openingSeconds, long prepaidSeconds, long usedSeconds, long overageSeconds, long expiredSeconds,
                          long rolledOverSeconds, long closingSeconds) {
        static Balance of(RetainerFigures f) {
            return new Balance(f.openingSeconds(), f.prepaidSeconds(), f.usedSeconds(), f.overageSeconds(), f.expiredSeconds(),
                    f.rolledOverSeconds(), f.closingSeconds());
        }
    }

    public record Issue(String issueKey, String summary, long seconds, String invoiceNumber) {
        static Issue of(RetainerStatement.IssueHours i) {
            return new Issue(i.issueKey(), i.summary(), i.seconds(), i.invoiceNumber().orElse(null));
        }
    }
}
