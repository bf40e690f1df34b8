package io.github.ratecard.rest;

import io.github.ratecard.app.ImpactPreviews;
import io.github.ratecard.ledger.RepricingImpact;
import io.github.ratecard.money.Money;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;

/**
 * {@code ?dryRun=true} on a call that re-prices: the resource checks permission and reads the
 * request as for the real call, then either makes the change or answers 200 with what it would do
 * to the uninvoiced ledger, changing nothing.
 */
final class Impact {

    private Impact() {
    }

    /** The impact document: counts, and the change of bill and cost per currency (absent when the caller may not see money). */
    public record Document(boolean dryRun, long examined, long repriced, long losingRate, long gainingRate, List<Amount> billChange,
                           List<Amount> costChange) {

        static Document of(RepricingImpact impact, boolean withMoney) {
            return new Document(true, impact.examined(), impact.repriced(), impact.losingRate(), impact.gainingRate(),
                    withMoney ? amounts(impact.billChange()) : null, withMoney ? amounts(impact.costChange()) : null);
        }
    }

    /** An amount as a plain decimal string and its currency, e.g. {@code "-15.00"} EUR. */
    public record Amount(String amount, String currency) {
    }

    /** Makes the change and answers as {@code reply} says, or, on a dry run, answers with its impact. */
    static <T> Response run(String dryRun, ImpactPreviews previews, Supplier<T> change, Function<T, Response> reply) {
        if (Inputs.flag(dryRun, "dryRun")) {
            return Response.ok(Document.of(previews.ofChange(change::get), true)).build();
        }
        return reply.apply(change.get());
    }

    private static List<Amount> amounts(List<Money> moved) {
        return moved.stream().map(m -> new Amount(m.toDecimal().toPlainString(), m.currency().getCurrencyCode())).collect(Collectors.toList());
    }
}
