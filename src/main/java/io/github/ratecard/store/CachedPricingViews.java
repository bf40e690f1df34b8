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
 * This node's view of the rate card for pricing, kept while the {@link PricingVersion} marker
 * stays the same: one indexed read per pricing instead of a read per rate scope. The view fills
 * as worklogs need it (each scope, user and project read once) and is dropped when the marker
 * changes, here or on another node.
 */
public class CachedPricingViews implements Supplier<PricingView> {

    private final StoredRateBook rates;
    private final AccountBillingContext accounts;
    private final ReportingSettings settings;
    private final PricingVersion version;
    private volatile Cached cached;

    public CachedPricingViews(RateStore rates, LevelStore levels, AccountStore accounts, ReportingSettings settings, PricingVersion version) {
        this.rates = new StoredRateBook(rates, levels);
        this.accounts = new AccountBillingContext(accounts);
        this.settings = settings;
        this.version = version;
    }

    @Override
    public PricingView get() {
        String marker = version.current();
        Cached now = cached;
        if (now == null || !now.marker().equals(marker)) {
            now = new Cached(marker, new PricingView(new RateTimelines(new MemoRateBook(rates)), new MemoBillingContext(accounts),
                    ReportingCalendar.of(settings.reportingZone())));
            cached = now;
        }
        return now.view();
    }

    private record Cached(String marker, PricingView view) {
    }
}
