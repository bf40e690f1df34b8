package io.github.ratecard.insight.hints;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the {@code hint.raised} event tells a webhook: the rule, what it is about, the money at stake and the figures, in no language. */
final class HintWebhooks {

    private HintWebhooks() {
    }

    static Map<String, Object> data(Hint hint) {
        Finding finding = hint.finding();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rule", finding.ruleId());
        data.put("subject", finding.subject());
        data.put("fingerprint", hint.fingerprint());
        data.put("accountKey", finding.accountKey());
        data.put("projectIds", finding.projectIds().stream().sorted().toList());
        data.put("atStake", finding.atStake() == null ? null : finding.atStake().toDecimal().toPlainString());
        data.put("currency", finding.atStake() == null ? null : finding.atStake().currency().getCurrencyCode());
        data.put("figures", finding.figures().stream().map(figure -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("kind", figure.kind().name().toLowerCase(Locale.ROOT));
            one.put("value", figure.value());
            one.put("currency", figure.currency());
            return one;
        }).toList());
        data.put("firstSeen", hint.firstSeen().toString());
        return data;
    }
}
