package io.github.ratecard.rest;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Settings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.rates.RateStore;
import io.github.ratecard.rest.RequestBodies.SettingsBody;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /settings}: the base currency cost rates are kept in, and the reporting time zone. Finance only. */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final Settings settings;
    private final RateStore rates;
    private final Transactions transactions;
    private final AccessPolicy access;

    public SettingsResource(Settings settings, RateStore rates, Transactions transactions, AccessPolicy access) {
        this.settings = settings;
        this.rates = rates;
        this.transactions = transactions;
        this.access = access;
    }

    @GET
    public Documents.SettingsDoc get() {
        access.requireFinance();
        return document();
    }

    /** Changes the fields given. The base currency can change only while no cost rate exists. */
    @PUT
    public Documents.SettingsDoc update(SettingsBody body) {
        access.requireFinance();
        Inputs.body(body);
        Currency currency = body.baseCurrency() == null ? null : currency(body.baseCurrency());
        ZoneId zone = body.reportingZone() == null ? null : zone(body.reportingZone());
        return transactions.inTransaction(() -> {
            if (currency != null && !currency.equals(settings.baseCurrency())) {
                if (rates.hasCostRates()) {
                    throw new ConflictException("baseCurrency", "Cost rates exist in " + settings.baseCurrency() + "; the base currency cannot change");
                }
                settings.setBaseCurrency(currency);
            }
            if (zone != null) {
                settings.setReportingZone(zone);
            }
            return document();
        });
    }

    private Documents.SettingsDoc document() {
        return new Documents.SettingsDoc(settings.baseCurrency().getCurrencyCode(), settings.reportingZone().getId());
    }

    private static Currency currency(String code) {
        try {
            return Currencies.of(code.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("baseCurrency", e.getMessage());
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException("reportingZone", "reportingZone must be a time zone such as Europe/Berlin, was: " + id);
        }
    }
}
