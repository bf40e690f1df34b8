package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.ExchangeRateService;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.fx.CsvFormat;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.FxCsvReader;
import io.github.ratecard.fx.FxImportException;
import io.github.ratecard.fx.RateFilter;
import io.github.ratecard.rest.FxDocuments.ImportDoc;
import io.github.ratecard.rest.FxDocuments.ImportErrorsDoc;
import io.github.ratecard.rest.FxDocuments.RateBody;
import io.github.ratecard.rest.FxDocuments.RateDoc;
import java.time.LocalDate;
import java.util.Currency;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /fx/rates}: the exchange-rate table, Ratecard finance only. A rate is entered or replaced one by one, or a CSV
 * file (long or ECB layout) brings many, all or nothing. The table shows figures in another currency; it never changes
 * what an invoice bills.
 */
@Path("fx/rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ExchangeRateResource {

    private final ExchangeRateService rates;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public ExchangeRateResource(ExchangeRateService rates, AccessPolicy access, SecureAdminSession secureSession) {
        this.rates = rates;
        this.access = access;
        this.secureSession = secureSession;
    }

    /** Latest day first; {@code base} and {@code quote} together pick one pair, {@code currency} every pair with it. */
    @GET
    public Documents.PageOf<RateDoc> list(@QueryParam("base") String base, @QueryParam("quote") String quote, @QueryParam("currency") String currency,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        requireFinance();
        InvalidInputException.require(offset >= 0, "offset", "offset must not be negative");
        InputLimits.requirePageSize(limit, InputLimits.FX_RATES_PAGE);
        Page<ExchangeRate> page = rates.rates(filter(base, quote, currency, from, to), offset, limit);
        return new Documents.PageOf<>(page.items().stream().map(RateDoc::of).toList(), page.offset(), page.limit(), page.total());
    }

    /** Enters the rate (201) or replaces the pair's rate of that day (200). */
    @POST
    public Response put(RateBody body) {
        requireFinance();
        Inputs.body(body);
        ExchangeRate rate = new ExchangeRate(CurrencyPair.of(body.base(), body.quote()), Inputs.requiredDate(body.day(), "day"),
                ExchangeRate.parseRate(body.rate()), body.source());
        boolean added = rates.put(rate);
        return added ? Response.status(Response.Status.CREATED).entity(RateDoc.of(rate)).build() : Response.ok(RateDoc.of(rate)).build();
    }

    /** Removes the pair's rate of that day. */
    @DELETE
    @Path("{base}/{quote}/{day}")
    public Response delete(@PathParam("base") String base, @PathParam("quote") String quote, @PathParam("day") String day) {
        requireFinance();
        rates.delete(CurrencyPair.of(base, quote), Inputs.requiredDate(day, "day"));
        return Response.noContent().build();
    }

    /**
     * The body is a CSV file ({@code text/csv} or bytes; never {@code text/plain}, which a form can send): {@code format=long} ({@code date,base,quote,rate[,source]}),
     * {@code format=ecb} (the ECB's {@code Date,USD,JPY,…}, base EUR) or none to tell by the heading; {@code source} names the
     * rates without one (default "ECB" for the ECB layout). Any wrong line refuses the file (400 with every wrong line).
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public Response importRates(@QueryParam("format") String format, @QueryParam("source") String source, byte[] file) {
        requireFinance();
        CsvFormat layout = Inputs.enumValue(CsvFormat.class, format == null ? null : format.toUpperCase(java.util.Locale.ROOT), "format");
        FxCsvReader.RatesFile read;
        try {
            read = FxCsvReader.read(file, layout, source);
        } catch (FxImportException refused) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(ImportErrorsDoc.of(refused)).build();
        }
        int added = rates.importRates(read.rates(), read.format().name());
        return Response.ok(new ImportDoc(read.format().name(), read.rates().size(), added, read.rates().size() - added)).build();
    }

    private RateFilter filter(String base, String quote, String currency, String from, String to) {
        boolean baseGiven = base != null && !base.isBlank();
        boolean quoteGiven = quote != null && !quote.isBlank();
        InvalidInputException.require(baseGiven == quoteGiven, baseGiven ? "quote" : "base", "Give both base and quote to pick a pair",
                Refusal.of(Refusal.Reason.REQUIRED));
        CurrencyPair pair = baseGiven ? CurrencyPair.of(base, quote) : null;
        Currency one = currency == null || currency.isBlank() ? null : Inputs.currency(currency.trim(), "currency");
        LocalDate first = Inputs.date(from, "from");
        LocalDate last = Inputs.date(to, "to");
        if (first == null && last == null) {
            return new RateFilter(pair, one, null);
        }
        LocalDate start = first == null ? LocalDate.parse(InputLimits.FIRST_DAY) : first;
        LocalDate end = last == null ? LocalDate.parse(InputLimits.LAST_DAY) : last;
        InvalidInputException.require(!end.isBefore(start), "to", "to comes before from", Refusal.of(Refusal.Reason.DATE_ORDER));
        return new RateFilter(pair, one, new DateRange(start, end));
    }

    private void requireFinance() {
        access.requireFinance();
        secureSession.require(httpRequest);
    }
}
