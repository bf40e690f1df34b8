package io.github.ratecard.app;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.kits.RateCardKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.After;
import org.junit.Test;

public class AccountServiceTest {

    private final RateCardKit kit = new RateCardKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void create_shouldStoreEveryField() {
        ClientAccount acme = account("ACME", "EUR");

        kit.accountService.create(acme);

        assertEquals(acme, kit.accountService.account("ACME"));
        assertEquals(new BigDecimal("19.00"), kit.accountService.account("ACME").taxRatePercent());
        assertEquals("ACME", kit.accountService.account("ACME").invoicePrefix());
    }

    @Test
    public void create_shouldRejectADuplicateKeyAndChangeNothing() {
        kit.accountService.create(account("ACME", "EUR"));
        int auditRows = kit.auditRows();

        assertEquals("key", assertThrows(ConflictException.class, () -> kit.accountService.create(account("ACME", "USD"))).field());

        assertEquals(Currency.getInstance("EUR"), kit.accountService.account("ACME").currency());
        assertEquals(auditRows, kit.auditRows());
    }

    @Test
    public void account_shouldRejectBadKeysTaxRatesAndPrefixes() {
        assertEquals("key", assertThrows(InvalidInputException.class, () -> account("acme", "EUR")).field());
        assertEquals("key", assertThrows(InvalidInputException.class, () -> account("A", "EUR")).field());
        assertEquals("key", assertThrows(InvalidInputException.class, () -> account("ABCDEFGHIJKLMNOPQRSTU", "EUR")).field());
        ClientAccount ok = account("ACME", "EUR");
        assertEquals("taxRatePercent", assertThrows(InvalidInputException.class, () -> new ClientAccount("ACME", "n", "", ok.currency(),
                ok.category(), ok.status(), ok.billedTime(), new BigDecimal("19.125"), null)).field());
        assertEquals("taxRatePercent", assertThrows(InvalidInputException.class, () -> new ClientAccount("ACME", "n", "", ok.currency(),
                ok.category(), ok.status(), ok.billedTime(), new BigDecimal("100.01"), null)).field());
        assertEquals("invoicePrefix", assertThrows(InvalidInputException.class, () -> new ClientAccount("ACME", "n", "", ok.currency(),
                ok.category(), ok.status(), ok.billedTime(), BigDecimal.ZERO, "INV/2026")).field());
    }

    @Test
    public void accounts_shouldFilterByStatusAndPage() {
        for (String key : List.of("AAA", "BBB", "CCC", "DDD")) {
            kit.accountService.create(account(key, "EUR"));
        }
        kit.accountService.update("BBB", account("BBB", "EUR").withStatus(AccountStatus.CLOSED));

        Page<ClientAccount> open = kit.accountService.accounts(AccountStatus.OPEN, 1, 1);

        assertEquals(3, open.total());
        assertEquals("CCC", open.items().get(0).key());
        assertEquals(4, kit.accountService.accounts(null, 0, 50).total());
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> kit.accountService.accounts(null, 0, 0)).field());
    }

    @Test
    public void currency_shouldNotChangeOnceBillRatesUseIt() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));

        assertEquals("currency", assertThrows(ConflictException.class, () -> kit.accountService.update("ACME", account("ACME", "USD"))).field());
        assertEquals(Currency.getInstance("EUR"), kit.accountService.account("ACME").currency());
    }

    @Test
    public void firstLinkedAccount_shouldBecomeTheProjectsDefault() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.create(account("ACME_LABS", "EUR"));

        kit.accountService.link("ACME", "ACME", false);
        kit.accountService.link("ACME", "ACME_LABS", false);

        assertEquals(List.of(new ProjectAccountLink(10000, "ACME", true), new ProjectAccountLink(10000, "ACME_LABS", false)),
                kit.accountService.links("ACME"));
    }

    @Test
    public void setDefault_shouldMoveTheDefaultToAnotherLinkedAccount() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.create(account("ACME_LABS", "EUR"));
        kit.accountService.link("ACME", "ACME", false);
        kit.accountService.link("ACME", "ACME_LABS", true);

        assertEquals(List.of(new ProjectAccountLink(10000, "ACME", false), new ProjectAccountLink(10000, "ACME_LABS", true)),
                kit.accountService.links("ACME"));
    }

    @Test
    public void link_shouldRefuseClosedAccountsUnknownAccountsAndDuplicates() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.create(account("OLD", "EUR").withStatus(AccountStatus.CLOSED));
        kit.accountService.link("GLX", "ACME", false);

        assertEquals("accountKey", assertThrows(ConflictException.class, () -> kit.accountService.link("GLX", "OLD", false)).field());
        assertEquals("accountKey", assertThrows(InvalidInputException.class, () -> kit.accountService.link("GLX", "NOPE", false)).field());
        assertEquals("accountKey", assertThrows(ConflictException.class, () -> kit.accountService.link("GLX", "ACME", false)).field());
        assertThrows(NotFoundException.class, () -> kit.accountService.link("NOPROJECT", "ACME", false));
        assertEquals(1, kit.accountService.links("GLX").size());
    }

    @Test
    public void unlink_shouldRefuseTheDefaultWhileOthersRemain() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.create(account("ACME_LABS", "EUR"));
        kit.accountService.link("ACME", "ACME", false);
        kit.accountService.link("ACME", "ACME_LABS", false);

        assertThrows(ConflictException.class, () -> kit.accountService.unlink("ACME", "ACME"));
        kit.accountService.unlink("ACME", "ACME_LABS");
        kit.accountService.unlink("ACME", "ACME");

        assertTrue(kit.accountService.links("ACME").isEmpty());
        assertEquals("unlink", kit.audit.recent("project-account", 1).get(0).action());
    }
}
