package io.github.ratecard.insight.hints;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoDigestSubscriptions;
import io.github.ratecard.store.AoHintStore;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The weekly e-mail: who gets which hints, and how often. */
public class HintDigestTest {

    private static final Instant MONDAY = Instant.parse("2026-06-15T06:00:00Z");
    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoHintStore store = new AoHintStore(database.activeObjects());
    private final AoDigestSubscriptions subscriptions = new AoDigestSubscriptions(database.activeObjects());
    private final Map<String, List<String>> sent = new LinkedHashMap<>();
    private final Map<String, DigestRecipients.Standing> standings = new java.util.HashMap<>(Map.of("fin", DigestRecipients.Standing.FINANCE));
    private final DigestRecipients recipients = userKey -> standings.getOrDefault(userKey, DigestRecipients.Standing.MEMBER);

    @Before
    public void hints() {
        store.save(hint("a", Set.of(10L), HintState.OPEN));
        store.save(hint("b", Set.of(11L), HintState.OPEN));
        store.save(hint("c", Set.of(10L), HintState.DISMISSED));
    }

    @After
    public void tearDown() {
        database.close();
    }

    private static Hint hint(String subject, Set<Long> projects, HintState state) {
        return new Hint(0, new Finding(UninvoicedRule.ID, subject, "ACME", projects, List.of(), Money.ofMinor(100, "EUR"), 100, List.of()), state,
                MONDAY, MONDAY, state == HintState.DISMISSED ? Optional.of(new Dismissal("fin", MONDAY, "x", 100)) : Optional.empty());
    }

    private HintDigest at(Instant now) {
        ProjectDirectory projects = new ProjectDirectory() {
            @Override
            public Optional<ProjectRef> byKey(String projectKey) {
                return Optional.empty();
            }

            @Override
            public Optional<ProjectRef> byId(long projectId) {
                return Optional.of(new ProjectRef(projectId, "P" + projectId, "Project", projectId == 10 ? "lee" : "gil"));
            }

            @Override
            public List<ProjectRef> search(SearchQuery query) {
                return List.of();
            }
        };
        return new HintDigest(subscriptions, store, projects,
                (recipient, hints) -> sent.put(recipient, hints.stream().map(h -> h.finding().subject()).toList()), recipients,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    public void finance_shouldGetEveryOpenHintAndALeadTheirProjectsOnly() {
        subscriptions.subscribe("fin", true, MONDAY);
        subscriptions.subscribe("lee", false, MONDAY);

        at(MONDAY).sendDue((item, e) -> { });

        assertEquals(List.of("a", "b"), sent.get("fin"));
        assertEquals(List.of("a"), sent.get("lee"));
    }

    @Test
    public void lead_shouldNotGetBelowCostHints() {
        store.save(new Hint(0, new Finding(BelowCostRule.ID, "account:ACME|user:bob", "ACME", Set.of(10L), List.of(), Money.ofMinor(900, "EUR"),
                900, List.of()), HintState.OPEN, MONDAY, MONDAY, Optional.empty()));
        subscriptions.subscribe("lee", false, MONDAY);
        subscriptions.subscribe("fin", true, MONDAY);

        at(MONDAY).sendDue((item, e) -> { });

        assertEquals(List.of("a"), sent.get("lee"));
        assertEquals(List.of("account:ACME|user:bob", "a", "b"), sent.get("fin"));
    }

    @Test
    public void subscriberNoLongerFinance_shouldGetOnlyTheHintsOfProjectsTheyLead() {
        subscriptions.subscribe("lee", true, MONDAY);

        at(MONDAY).sendDue((item, e) -> { });

        assertEquals(List.of("a"), sent.get("lee"));
    }

    @Test
    public void deactivatedSubscriber_shouldGetNoEmailAndBeUnsubscribed() {
        subscriptions.subscribe("fin", true, MONDAY);
        standings.put("fin", DigestRecipients.Standing.GONE);

        assertEquals(0, at(MONDAY).sendDue((item, e) -> { }));

        assertTrue(sent.isEmpty());
        assertTrue(subscriptions.of("fin").isEmpty());
    }

    @Test
    public void subscriberMailedThisWeek_shouldGetNothingUntilAWeekHasPassed() {
        subscriptions.subscribe("fin", true, MONDAY);
        at(MONDAY).sendDue((item, e) -> { });
        sent.clear();

        at(MONDAY.plusSeconds(6 * 86_400)).sendDue((item, e) -> { });
        assertTrue(sent.isEmpty());

        at(MONDAY.plusSeconds(7 * 86_400)).sendDue((item, e) -> { });
        assertEquals(List.of("a", "b"), sent.get("fin"));
    }

    @Test
    public void subscriberWithoutHints_shouldGetNoEmail() {
        subscriptions.subscribe("nobody", false, MONDAY);

        assertEquals(0, at(MONDAY).sendDue((item, e) -> { }));
        assertTrue(sent.isEmpty());
    }

    @Test
    public void failingEmail_shouldBeReportedWhileOthersAreSent() {
        subscriptions.subscribe("fin", true, MONDAY);
        subscriptions.subscribe("lee", false, MONDAY);
        List<String> failed = new ArrayList<>();
        HintDigest digest = new HintDigest(subscriptions, store, new io.github.ratecard.domain.ProjectDirectory() {
            @Override
            public Optional<ProjectRef> byKey(String projectKey) {
                return Optional.empty();
            }

            @Override
            public Optional<ProjectRef> byId(long projectId) {
                return Optional.of(new ProjectRef(projectId, "P", "P", "lee"));
            }

            @Override
            public List<ProjectRef> search(SearchQuery query) {
                return List.of();
            }
        }, (recipient, hints) -> {
            if (recipient.equals("fin")) {
                throw new IllegalStateException("mail queue full");
            }
            sent.put(recipient, List.of());
        }, recipients, Clock.fixed(MONDAY, ZoneOffset.UTC));

        digest.sendDue((item, e) -> failed.add(item));

        assertEquals(List.of("weekly hints e-mail to fin"), failed);
        assertTrue(sent.containsKey("lee"));
    }
}
