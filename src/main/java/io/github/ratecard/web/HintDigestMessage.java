package io.github.ratecard.web;

import io.github.ratecard.insight.hints.Hint;
import java.util.List;

/**
 * The weekly hints e-mail in its recipient's words: a plain-text subject and an HTML body listing
 * each hint (rule, finding, money at stake, action), every word escaped, ending with a link to the
 * hints page.
 */
public final class HintDigestMessage {

    /** A subject (plain text) and an HTML body. */
    public record Mail(String subject, String htmlBody) {
    }

    private final HintText words;
    private final String baseUrl;

    /** {@code words}: in the recipient's language; {@code baseUrl}: Jira's absolute base URL. */
    public HintDigestMessage(HintText words, String baseUrl) {
        this.words = words;
        this.baseUrl = baseUrl;
    }

    public Mail of(List<Hint> hints) {
        ViewerFormat format = words.format();
        String subject = format.text("ratecard.hints.digest.subject", String.valueOf(hints.size()));
        StringBuilder body = new StringBuilder("<p>").append(esc(format.text("ratecard.hints.digest.intro"))).append("</p><ul>");
        for (Hint hint : hints) {
            body.append("<li><strong>").append(esc(words.ruleName(hint.finding().ruleId()))).append("</strong>: ")
                    .append(esc(words.finding(hint.finding()))).append(" <em>").append(esc(format.text("ratecard.hints.atStake"))).append(' ')
                    .append(esc(words.atStake(hint.finding()))).append("</em><br>").append(esc(words.action(hint.finding()))).append("</li>");
        }
        body.append("</ul><p><a href=\"").append(esc(baseUrl + HintText.PAGE)).append("\">").append(esc(format.text("ratecard.hints.digest.link")))
                .append("</a></p><p>").append(esc(format.text("ratecard.hints.digest.optOut"))).append("</p>");
        return new Mail(subject, body.toString());
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
