package io.github.ratecard.rest;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Settings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.rates.RateStore;
import io.github.ratecard.rest.RequestBodies.SettingsBody;
import java.util.Currency;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /settings}: the base currency cost rates are kept in. Finance only. */
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
        return new Documents.SettingsDoc(settings.baseCurrency().getCurrencyCode());
    }

    /** The base currency can change only while no cost rate exists. */
    @PUT
    public Documents.SettingsDoc update(SettingsBody body) {
        access.requireFinance();
        Inputs.body(body);
        Currency currency;
        try {
            currency = Currencies.of(Inputs.required(body.baseCurrency(), "baseCurrency"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("baseCurrency", e.getMessage());
        }
        return transactions.inTransaction(() -> {
            if (!currency.equals(settings.baseCurrency()) && rates.hasCostRates()) {
                throw new ConflictException("baseCurrency", "Cost rates exist in " + settings.baseCurrency() + "; the base currency cannot change");
            }
            settings.setBaseCurrency(currency);
            return new Documents.SettingsDoc(currency.getCurrencyCode());
        });
    }
}
