package io.github.ratecard.rest;

import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.FxImportException;
import java.util.List;

/** The JSON the exchange-rate table accepts and answers. */
public final class FxDocuments {

    private FxDocuments() {
    }

    /** One rate to enter or replace: {@code base}, {@code quote}, {@code day}, {@code rate} (1 base = rate quote), {@code source}. */
    public record RateBody(String base, String quote, String day, String rate, String source) {
    }

    /** One entry of the table. */
    public record RateDoc(String base, String quote, String pair, String day, String rate, String source) {

        static RateDoc of(ExchangeRate rate) {
            return new RateDoc(rate.pair().base().getCurrencyCode(), rate.pair().quote().getCurrencyCode(), rate.pair().key(), rate.day().toString(),
                    rate.rate().toPlainString(), rate.source());
        }
    }

    /** What an import kept: its layout, how many rates it brought and how many of them were new. */
    public record ImportDoc(String format, int rates, int added, int replaced) {
    }

    /** A refused import: the field ({@code file}), a summary, how many lines are wrong and the first of them with what is wrong. */
    public record ImportErrorsDoc(String field, String message, int wrongLines, List<LineDoc> errors) {

        static ImportErrorsDoc of(FxImportException refused) {
            return new ImportErrorsDoc(refused.field(), refused.getMessage(), refused.wrongLines(),
                    refused.errors().stream().map(error -> new LineDoc(error.line(), error.message())).toList());
        }
    }

    public record LineDoc(int line, String message) {
    }
}
