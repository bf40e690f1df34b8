package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractStore;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.PeriodUsage;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * Drafts and invoices of accounts with a contract, on a real database: ACME (EUR, 60 EUR an hour at the rate card)
 * with a retainer, a fixed fee or a cap from May 2026. Work is logged by the hour on ACME's issues.
 */
public class ContractInvoicingTest {

    private static final long H = 3600;
    private static final Retainer RETAINER = Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("1000", "EUR"), 10 * H, Rollover.upTo(5 * H),
            HourlyRate.parse("85", "EUR"));

    private final InvoiceKit kit = new InvoiceKit();
    private final ContractStore contracts = kit.rateCard.app.bean(ContractStore.class);
    private final InvoicedUsage usage = kit.rateCard.app.bean(InvoicedUsage.class);
    private long nextWorklog = 1;

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void retainerDraft_shouldBillTheFeeAndTheHoursBeyondTheBalanceAtTheOverageRate() {
        contract(RETAINER);
        work("2026-05-04", 4, 4, 4);

        Invoice draft = kit.draft("2026-05-01", "2026-05-31");

        assertEquals(List.of("RETAINER 1000.00 EUR", "OVERAGE 170.00 EUR"), lines(draft));
        assertEquals("Retainer May 2026: 10 h prepaid, 12 h used, 2 h overage at 85.00 EUR/h", draft.lines().get(0).text());
        assertEquals(Money.parse("1170.00", "EUR"), draft.totals().subtotal());
    }

    @Test
    public void retainerPreview_shouldCarryTheBalanceStatement() {
        contract(RETAINER);
        work("2026-05-04", 7);

        DraftLines preview = kit.drafts.preview(kit.draft("2026-05-01", "2026-05-31").id());

        assertEquals(List.of("opening 0 h", "prepaid 10 h", "used 7 h", "overage 0 h", "expired 0 h", "rolledOver 3 h", "closing 3 h"),
                preview.terms().statement().figures().stream().map(f -> f.labelKey().substring(f.labelKey().lastIndexOf('.') + 1) + " "
                        + f.value()).toList());
    }

    @Test
    public void issuedRetainer_shouldBillItsWorkOnTheFeeLineAtNoMoneyOfItsOwn() {
        contract(RETAINER);
        work("2026-05-04", 4, 3);

        Invoice issued = kit.issuing.issue(kit.draft("2026-05-01", "2026-05-31").id(), LocalDate.parse("2026-06-01"), null, "fiona");

        List<InvoicedWork> rows = new ArrayList<>();
        kit.invoiced.stream(issued.id(), rows::add);
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.lineKey().equals("RETAINER:2026-05") && row.amount().isZero()));
        assertEquals(7 * H, issued.lines().get(0).seconds());
    }

    @Test
    public void secondDraftOfAnInvoicedRetainerPeriod_shouldBeRefusedSoTheFeeBillsOnce() {
        contract(RETAINER);
        work("2026-05-04", 4);
        kit.issuing.issue(kit.draft("2026-05-01", "2026-05-31").id(), LocalDate.parse("2026-06-01"), null, "fiona");
        work("2026-05-20", 2);

        ConflictException refused = assertThrows(ConflictException.class, () -> kit.draft("2026-05-01", "2026-05-31"));

        assertTrue(refused.getMessage(), refused.getMessage().contains("May 2026 is billed by ACME-2026-0001 already"));
    }

    @Test
    public void retainerDraftOfPartOfItsPeriod_shouldBeRefusedNamingThePeriod() {
        contract(RETAINER);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> kit.draft("2026-05-01", "2026-05-15"));

        assertEquals("to", refused.field());
    }

    @Test
    public void workAddedToAnInvoicedPeriod_shouldCountInTheNextPeriodWhoseInvoiceBillsIt() {
        contract(RETAINER);
        work("2026-05-04", 8);
        kit.issuing.issue(kit.draft("2026-05-01", "2026-05-31").id(), LocalDate.parse("2026-06-01"), null, "fiona");
        work("2026-05-28", 3);
        work("2026-06-03", 1);

        Invoice june = kit.draft("2026-06-01", "2026-06-30");
        List<PeriodUsage> used = usage.usage("ACME", List.of(ContractPeriod.month(YearMonth.of(2026, 5)), ContractPeriod.month(YearMonth.of(2026, 6))));

        assertEquals(4 * H, june.lines().get(0).seconds());
        assertEquals(List.of(8 * H, 4 * H), used.stream().map(PeriodUsage::billedSeconds).toList());
        assertEquals("Retainer June 2026: 10 h prepaid, 4 h used, 8 h left", june.lines().get(0).text());
    }

    @Test
    public void voidedRetainerInvoice_shouldOpenItsPeriodAgain() {
        contract(RETAINER);
        work("2026-05-04", 4);
        Invoice issued = kit.issuing.issue(kit.draft("2026-05-01", "2026-05-31").id(), LocalDate.parse("2026-06-01"), null, "fiona");

        kit.issuing.voidInvoice(issued.id(), "Wrong period", "fiona");

        assertEquals(4 * H, kit.draft("2026-05-01", "2026-05-31").lines().get(0).seconds());
    }

    @Test
    public void cappedDraft_shouldBillTimeUpToTheCapAndWriteOffTheRest() {
        contract(new Cap(Money.parse("500", "EUR"), CapScope.MONTH));
        work("2026-05-04", 5, 5);

        Invoice draft = kit.draft("2026-05-01", "2026-05-31");

        assertEquals(List.of("WORK 300.00 EUR", "WORK 300.00 EUR", "WRITE_OFF -100.00 EUR"), lines(draft));
        assertEquals(Money.parse("500.00", "EUR"), draft.totals().subtotal());
    }

    @Test
    public void cappedPeriodBilledBefore_shouldLeaveOnlyTheRoomLeft() {
        contract(new Cap(Money.parse("500", "EUR"), CapScope.MONTH));
        work("2026-05-04", 5);
        kit.issuing.issue(kit.draft("2026-05-01", "2026-05-15").id(), LocalDate.parse("2026-05-16"), null, "fiona");
        work("2026-05-20", 5);

        Invoice second = kit.draft("2026-05-16", "2026-05-31");

        assertEquals(List.of("WORK 300.00 EUR", "WRITE_OFF -100.00 EUR"), lines(second));
    }

    @Test
    public void fixedFeeDraft_shouldBillTheInstalmentDueAndNoTime() {
        contract(new FixedFee(List.of(new Instalment("Design", Money.parse("4000", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-05-15"))),
                new Instalment("Build", Money.parse("6000", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-06-15"))))));
        work("2026-05-04", 30);

        Invoice issued = kit.issuing.issue(kit.draft("2026-05-01", "2026-05-31").id(), LocalDate.parse("2026-06-01"), null, "fiona");
        Invoice june = kit.draft("2026-06-01", "2026-06-30");

        assertEquals(List.of("INSTALMENT 4000.00 EUR"), lines(issued));
        assertEquals(1, kit.invoiced.count(issued.id()));
        assertEquals(List.of("INSTALMENT 6000.00 EUR"), lines(june));
    }

    @Test
    public void accountWithoutContract_shouldBillTimeAndMaterialsAsAlways() {
        work("2026-05-04", 2);

        assertEquals(List.of("WORK 120.00 EUR"), lines(kit.draft("2026-05-01", "2026-05-31")));
    }

    private void contract(ContractTerms terms) {
        contracts.save(new Contract("ACME", java.util.Currency.getInstance("EUR"), YearMonth.of(2026, 5), Optional.empty(),
                List.of(new DatedTerms(YearMonth.of(2026, 5), terms))));
    }

    /** Worklogs of the hours given on consecutive days from {@code first}, each on its own issue. */
    private void work(String first, long... hours) {
        LocalDate day = LocalDate.parse(first);
        for (long each : hours) {
            long id = nextWorklog++;
            kit.log(id, 1 + id % 20, day + "T09:00:00Z", each * H);
            day = day.plusDays(1);
        }
    }

    private static List<String> lines(Invoice invoice) {
        return invoice.lines().stream().map(line -> line.kind() + " " + line.amount()).toList();
    }
}
