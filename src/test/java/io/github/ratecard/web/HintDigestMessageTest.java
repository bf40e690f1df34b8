package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.insight.hints.Figure;
import io.github.ratecard.insight.hints.Finding;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.insight.hints.HintState;
import io.github.ratecard.insight.hints.UninvoicedRule;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The weekly hints e-mail in the recipient's language, every word escaped. */
public class HintDigestMessageTest {

    private static final Hint HINT = new Hint(3, new Finding(UninvoicedRule.ID, "account:ACME|month:2026-09", "<b>ACME</b>", Set.of(10L),
            List.of(Figure.account("<b>ACME</b>"), Figure.month(YearMonth.of(2026, 9)), Figure.money(Money.parse("1500.00", "EUR")), Figure.count(46)),
            Money.parse("1500.00", "EUR"), 150000, List.of()), HintState.OPEN, Instant.EPOCH, Instant.EPOCH, Optional.empty());

    private static HintDigestMessage.Mail mail(Locale locale) {
        HintText words = new HintText(ViewerFormat.of(new BundleI18n(() -> locale)::getText, locale), locale, new UserDirectory() {
            @Override
            public Optional<UserRef> byKey(String userKey) {
                return Optional.empty();
            }

            @Override
            public List<UserRef> search(SearchQuery query, int limit) {
                return List.of();
            }
        }, new ProjectDirectory() {
            @Override
            public Optional<ProjectRef> byKey(String projectKey) {
                return Optional.empty();
            }

            @Override
            public Optional<ProjectRef> byId(long projectId) {
                return Optional.empty();
            }

            @Override
            public List<ProjectRef> search(SearchQuery query) {
                return List.of();
            }
        });
        return new HintDigestMessage(words, "https://jira.example.com").of(List.of(HINT));
    }

    @Test
    public void englishMail_shouldNameTheHintAndLinkToThePage() {
        HintDigestMessage.Mail mail = mail(Locale.ENGLISH);

        assertEquals("Ratecard: 1 open hints this week", mail.subject());
        assertThat(mail.htmlBody(), containsString("€1,500.00 of billable work on &lt;b&gt;ACME&lt;/b&gt; in September 2026"));
        assertThat(mail.htmlBody(), containsString("href=\"https://jira.example.com/plugins/servlet/ratecard/insights/hints\""));
        assertThat(mail.htmlBody(), not(containsString("<b>ACME")));
    }

    @Test
    public void germanMail_shouldBeInGerman() {
        HintDigestMessage.Mail mail = mail(Locale.GERMAN);

        assertThat(mail.subject(), containsString("offene Hinweise"));
        assertThat(mail.htmlBody(), containsString("Nicht fakturiert"));
        assertThat(mail.htmlBody(), containsString("1.500,00"));
    }
}
