package io.github.ratecard.web;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.fx.Conversion;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.ExchangeRates;
import io.github.ratecard.fx.RateTable;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The line that shows a budget kept in another currency (a USD account's, say) in the base currency: its figures
 * converted through the exchange-rate table at the rate of the day shown, one table read for all of them. It names the
 * rate used, with its day and source when it is an earlier day's; with no rate on or before that day it says the
 * figures are not converted, never a zero. Shown only: the budget itself stays in its own currency.
 */
public final class BaseCurrencyNote {

    private final ExchangeRates rates;
    private final ReportingSettings settings;

    public BaseCurrencyNote(ExchangeRates rates, ReportingSettings settings) {
        this.rates = rates;
        this.settings = settings;
    }

    /** The line for the figures (labelled by their i18n keys, in order), or empty when they are in the base currency already. */
    public Optional<String> of(List<Figure> figures, LocalDate day, ViewerFormat format) {
        Currency base = settings.baseCurrency();
        if (figures.isEmpty() || figures.get(0).amount().currency().equals(base)) {
            return Optional.empty();
        }
        Currency own = figures.get(0).amount().currency();
        RateTable table = rates.tableFor(Set.of(new CurrencyPair(own, base)), new DateRange(day, day));
        List<String> parts = new ArrayList<>();
        Conversion last = null;
        for (Figure figure : figures) {
            last = table.convert(figure.amount(), base, day);
            if (!last.isConverted()) {
                return Optional.of(format.text("ratecard.fx.note.notConverted", base.getCurrencyCode(), own.getCurrencyCode(), format.date(day)));
            }
            parts.add(format.text(figure.labelKey()) + " " + format.money(last.result().orElseThrow()));
        }
        ExchangeRate used = last.appliedRate().orElseThrow();
        String rate = used.pair().key() + " " + format.decimals(0, 10).format(used.rate());
        String how = last.isEarlierRate()
                ? format.text("ratecard.fx.note.earlierRate", rate, format.date(used.day()), used.source().isEmpty() ? "\u2013" : used.source())
                : format.text("ratecard.fx.note.rateOfTheDay", rate, used.source().isEmpty() ? "\u2013" : used.source());
        return Optional.of(format.text("ratecard.fx.note.inBase", base.getCurrencyCode()) + " " + String.join(", ", parts) + " (" + how + ")");
    }

    /** One figure of the line: its label's i18n key and its amount. */
    public record Figure(String labelKey, Money amount) {
    }
}
