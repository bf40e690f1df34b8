package io.github.ratecard.store;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.ledger.MemoBillingContext;
import io.github.ratecard.ledger.PricingView;
import io.github.ratecard.ledger.ReportingCalendar;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.MemoRateBook;
import io.github.ratecard.rates.RateStore;
import io.github.ratecard.rates.RateTimelines;
import io.github.ratecard.rates.StoredRateBook;
import java.util.function.Supplier;

/**
 * A new view of the rate card at every call, read in the caller's transaction and kept by no one:
 * for previewing a change that is then undone (a cached view would keep the undone state, see
 * {@link CachedPricingViews}).
 */
public class FreshPricingViews implements Supplier<PricingView> {

    private final StoredRateBook rates;
    private final AccountBillingContext accounts;
    private final ReportingSettings settings;

    public FreshPricingViews(RateStore rates, LevelStore levels, AccountStore accounts, ReportingSettings settings) {
        this.rates = new StoredRateBook(rates, levels);
        this.accounts = new AccountBillingContext(accounts);
        this.settings = settings;
    }

    @Override
    public PricingView get() {
        return new PricingView(new RateTimelines(new MemoRateBook(rates)), new MemoBillingContext(accounts),
                ReportingCalendar.of(settings.reportingZone()));
    }
}
