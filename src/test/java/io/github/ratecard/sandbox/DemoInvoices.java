package io.github.ratecard.sandbox;

import io.github.ratecard.app.BuyerTermsService;
import io.github.ratecard.app.EInvoiceTermsService;
import io.github.ratecard.app.SettingsService;
import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.SellerEInvoicing;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.InvoiceIssuing;
import io.github.ratecard.invoice.PartyDetails;
import io.github.ratecard.invoice.BuyerTerms;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.sandbox.model.SbWorklog;
import io.github.ratecard.store.AoInvoicedWorkStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo story's invoices, through the app's services once the demo is priced: Acme's May
 * invoice issued, voided (sent to the wrong contact) and issued again; Acme's June invoice with a
 * credit note for one line; Globex's July invoice in US dollars with the exchange rate to euros;
 * Initech's July invoice, one of whose worklogs an agent then changed (a pending adjustment for
 * the next invoice); and Acme's September draft with one worklog left out.
 */
final class DemoInvoices {

    static final LocalDate ISSUE_DAY = LocalDate.of(2026, 10, 5);

    private final SandboxApp app;
    private final SettingsService settingsService;
    private final BuyerTermsService buyerTerms;
    private final InvoiceIssuing issuing;
    private final InvoiceDrafts drafts;
    private final AoInvoicedWorkStore invoicedWork;
    private final WorklogIntake intake;
    private final SandboxStore store;

    DemoInvoices(SandboxApp app, SandboxStore store) {
        this.app = app;
        this.settingsService = app.bean(SettingsService.class);
        this.buyerTerms = app.bean(BuyerTermsService.class);
        this.issuing = app.bean(InvoiceIssuing.class);
        this.drafts = app.bean(InvoiceDrafts.class);
        this.invoicedWork = app.bean(AoInvoicedWorkStore.class);
        this.intake = app.bean(WorklogIntake.class);
        this.store = store;
    }

    void seed() {
        settingsService.changeSeller("Ratecard BPO GmbH", "DE");
        settingsService.changeSellerDetails(PartyDetails.NONE.with("seller", "Friedrichstraße 68", "Berlin", "10117", "DE811907980"));
        buyerTerms.change(new BuyerTerms("ACME", "FR", PartyDetails.NONE.with("", "12 avenue de l'Opéra", "Paris", "75001",
                "FR40303265045"), 30, "en"));
        buyerTerms.change(new BuyerTerms("GLOBEX", "US", PartyDetails.NONE.with("", "1 Globex Plaza", "Springfield", "97477", ""), 45,
                "en"));
        buyerTerms.change(new BuyerTerms("INITECH", "JP", PartyDetails.NONE.with("", "2-1-1 Marunouchi", "Tokyo", "100-0005", ""), 30, "en"));
        eInvoiceTerms();
        Invoice may = issue(draft("ACME", "2026-05-01", "2026-05-31", LineGrouping.ISSUE), null);
        issuing.voidInvoice(may.id(), "Sent to the wrong contact at Acme", "finance");
        issue(withReducedRateLine(draft("ACME", "2026-05-01", "2026-05-31", LineGrouping.USER)), null);
        Invoice june = issue(draft("ACME", "2026-06-01", "2026-06-30", LineGrouping.LEVEL), null);
        String smallest = june.lines().stream().min(java.util.Comparator.comparing(line -> line.amount())).orElseThrow().groupKey();
        issuing.credit(june.id(), List.of(smallest), "Goodwill for the June outage", ISSUE_DAY, "finance");
        issue(draft("GLOBEX", "2026-07-01", "2026-07-31", LineGrouping.MONTH), new BigDecimal("0.9215"));
        Invoice initech = issue(draft("INITECH", "2026-07-01", "2026-07-31", LineGrouping.ISSUE), new BigDecimal("0.0061"));
        changeOneWorklogOf(initech);
        Invoice september = draft("ACME", "2026-09-01", "2026-09-30", LineGrouping.ISSUE);
        drafts.preview(september.id()).included().stream().findFirst()
                .ifPresent(work -> drafts.exclude(september.id(), List.of(work.worklogId()), List.of()));
    }

    /**
     * What e-invoices need beyond the buyer terms, so that every demo document passes EN 16931 and Peppol BIS 3: the
     * seller's bank account, electronic address and contact; each client's references and electronic address; Globex,
     * billed at 0 %, as an export outside the EU (category G).
     */
    private void eInvoiceTerms() {
        EInvoiceTermsService terms = app.bean(EInvoiceTermsService.class);
        terms.changeSeller(SellerEInvoicing.checked("DE89 3704 0044 0532 0130 00", "COBADEFFXXX", "9930", "DE811907980", "Accounts receivable",
                "+49 30 1234567", "invoices@ratecard-bpo.example"));
        terms.changeBuyer(BuyerEInvoicing.checked("ACME", "ACME-BPO-2026", "PO-2026-0042", "9957", "FR40303265045", "", "", "", false));
        terms.changeBuyer(BuyerEInvoicing.checked("GLOBEX", "GLOBEX-AP", "", "0060", "123456789", "G", "", "", false));
        terms.changeBuyer(BuyerEInvoicing.checked("INITECH", "INITECH-OPS", "", "0188", "1234567890123", "", "", "", false));
    }

    /** Printed handbooks for the Acme agents, at Germany's reduced rate of 7 % next to the work at 19 %: an invoice with two VAT rates. */
    private Invoice withReducedRateLine(Invoice draft) {
        return drafts.addManualLine(draft.id(), "Printed training handbooks for the Acme agents", io.github.ratecard.money.Money.parse("186.45", "EUR"),
                java.util.Optional.of(new io.github.ratecard.invoice.LineVat("S", new BigDecimal("7"), "")));
    }

    private Invoice draft(String account, String from, String to, LineGrouping grouping) {
        return drafts.draft(account, new DateRange(LocalDate.parse(from), LocalDate.parse(to)), grouping, List.of(), null, "finance");
    }

    /** Issues the draft, leaving out first what misses a bill rate (Globex's May has none). */
    private Invoice issue(Invoice draft, BigDecimal exchangeRate) {
        List<Long> blocked = drafts.preview(draft.id()).blockers().stream().map(work -> work.worklogId()).toList();
        if (!blocked.isEmpty()) {
            drafts.exclude(draft.id(), blocked, List.of());
        }
        return issuing.issue(draft.id(), ISSUE_DAY, exchangeRate, "finance");
    }

    /** An agent logs half an hour more on an invoiced worklog, as a Jira edit would: the app records an adjustment. */
    private void changeOneWorklogOf(Invoice invoice) {
        List<InvoicedWork> first = new ArrayList<>();
        invoicedWork.stream(invoice.id(), work -> {
            if (first.isEmpty()) {
                first.add(work);
            }
        });
        if (first.isEmpty()) {
            return;
        }
        SbWorklog worklog = store.worklog(first.get(0).worklogId()).orElseThrow();
        store.updateWorklog(worklog, Instant.ofEpochMilli(worklog.getStartedMillis()), worklog.getTimeSpent() + 1800, worklog.getComment(),
                app.clock.instant());
        intake.accept(WorklogChange.saved(store.record(worklog)));
    }
}
