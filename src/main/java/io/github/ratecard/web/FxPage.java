package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.app.ExchangeRateService;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.Page;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.RateFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;

/** Builds finance's Exchange rates page from the stored table, formatted for the viewer. */
public final class FxPage {

    static final int PAGE = 100;

    private final ExchangeRateService rates;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;

    public FxPage(ExchangeRateService rates, I18nResolver i18n, Supplier<Locale> locale) {
        this.rates = rates;
        this.i18n = i18n;
        this.locale = locale;
    }

    /** The rates of {@code currency} (null: all) from {@code offset} on, latest first. */
    public FxView viewOf(Currency currency, int offset) {
        ViewerFormat format = new ViewerFormat(i18n, locale.get());
        Page<ExchangeRate> page = rates.rates(new RateFilter(null, currency, null), offset, PAGE);
        java.text.NumberFormat decimals = format.decimals(0, InputLimits.EXCHANGE_RATE_DECIMALS);
        decimals.setGroupingUsed(false);
        java.util.List<FxRow> rows = page.items().stream().map(rate -> new FxRow(rate.pair().base().getCurrencyCode(),
                rate.pair().quote().getCurrencyCode(), rate.day().toString(), format.date(rate.day()), decimals.format(rate.rate()),
                rate.source())).toList();
        String code = currency == null ? "" : currency.getCurrencyCode();
        String shown = page.total() == 0 ? "" : format.text("ratecard.fx.shown", Integer.toString(offset + 1),
                Long.toString(offset + rows.size()), Long.toString(page.total()));
        String query = code.isEmpty() ? "?offset=" : "?currency=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&offset=";
        String previous = offset > 0 ? query + Math.max(0, offset - PAGE) : "";
        String next = offset + rows.size() < page.total() ? query + (offset + PAGE) : "";
        return new FxView(code, rows, shown, previous, next);
    }
}
