package io.github.ratecard.insight.margin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One sentence per bill currency and month of a report saying how its revenue was shown in the base currency, in the words given. */
public final class MarginConversionSentences {

    /** The words of a language: a text by its key and arguments. */
    public interface Words {
        String text(String key, String... arguments);
    }

    private MarginConversionSentences() {
    }

    public static List<String> of(MarginReport report, Words words, Function<LocalDate, String> date) {
        List<String> sentences = new ArrayList<>();
        for (MarginConversion conversion : report.conversions()) {
            String currency = conversion.currency().getCurrencyCode();
            String month = conversion.month().toString();
            String source = conversion.rate() == null || conversion.rate().source().isEmpty() ? "\u2013" : conversion.rate().source();
            String rate = conversion.rate() == null ? "" : conversion.rate().pair().key() + " " + conversion.rate().rate().toPlainString();
            sentences.add(switch (conversion.how()) {
                case RATE_OF_THE_DAY -> words.text("ratecard.margin.fx.rateOfTheDay", currency, month, rate, source);
                case EARLIER_RATE -> words.text("ratecard.margin.fx.earlierRate", currency, month, rate, date.apply(conversion.rate().day()), source);
                case FROZEN_RATE -> words.text("ratecard.margin.fx.frozenRate", currency, month);
                case NOT_CONVERTED -> words.text("ratecard.margin.fx.notConverted", currency, month);
            });
        }
        return sentences;
    }
}
