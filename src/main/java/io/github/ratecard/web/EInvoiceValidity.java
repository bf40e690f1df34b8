package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.einvoice.EInvoiceCheck;
import io.github.ratecard.einvoice.FailedRule;
import io.github.ratecard.einvoice.RuleSetResult;
import io.github.ratecard.export.UblChecks;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The e-invoice section of an issued document's page: whether its UBL is valid under each rule set it follows, or the
 * rules it breaks, each with the rule's own words and, where Ratecard knows the setting behind it, what to fill in.
 * The page waits at most {@link UblChecks#PAGE_WAIT}; until the rules are loaded it says so and asks for a reload.
 */
public final class EInvoiceValidity {

    /** The rules whose cause is a setting finance fills in, and the words that say which. */
    static final Map<String, String> FIXES = Map.ofEntries(
            Map.entry("PEPPOL-EN16931-R003", "ratecard.einvoice.fix.reference"),
            Map.entry("BR-DE-15", "ratecard.einvoice.fix.reference"),
            Map.entry("PEPPOL-EN16931-R010", "ratecard.einvoice.fix.buyerEndpoint"),
            Map.entry("BR-DE-SL-01", "ratecard.einvoice.fix.buyerEndpoint"),
            Map.entry("PEPPOL-EN16931-R020", "ratecard.einvoice.fix.sellerEndpoint"),
            Map.entry("BR-CO-25", "ratecard.einvoice.fix.paymentDays"),
            Map.entry("BR-CL-14", "ratecard.einvoice.fix.country"),
            Map.entry("BR-DE-1", "ratecard.einvoice.fix.iban"),
            Map.entry("BR-61", "ratecard.einvoice.fix.iban"),
            Map.entry("BR-DE-2", "ratecard.einvoice.fix.contact"),
            Map.entry("BR-DE-5", "ratecard.einvoice.fix.contact"),
            Map.entry("BR-DE-6", "ratecard.einvoice.fix.contact"),
            Map.entry("BR-DE-7", "ratecard.einvoice.fix.contact"),
            Map.entry("BR-DE-3", "ratecard.einvoice.fix.sellerAddress"),
            Map.entry("BR-DE-4", "ratecard.einvoice.fix.sellerAddress"),
            Map.entry("BR-DE-8", "ratecard.einvoice.fix.buyerAddress"),
            Map.entry("BR-DE-9", "ratecard.einvoice.fix.buyerAddress"),
            Map.entry("BR-AE-02", "ratecard.einvoice.fix.vatIds"),
            Map.entry("BR-IC-02", "ratecard.einvoice.fix.vatIds"),
            Map.entry("BR-G-02", "ratecard.einvoice.fix.sellerVatId"),
            Map.entry("BR-S-02", "ratecard.einvoice.fix.sellerVatId"),
            Map.entry("BR-O-02", "ratecard.einvoice.fix.outsideScope"),
            Map.entry("BR-E-10", "ratecard.einvoice.fix.reason"),
            Map.entry("BR-S-05", "ratecard.einvoice.fix.category"),
            Map.entry("BR-Z-05", "ratecard.einvoice.fix.category"),
            Map.entry("BR-AE-05", "ratecard.einvoice.fix.category"),
            Map.entry("BR-IC-05", "ratecard.einvoice.fix.category"),
            Map.entry("BR-G-05", "ratecard.einvoice.fix.category"),
            Map.entry("BR-E-05", "ratecard.einvoice.fix.category"));

    private final UblChecks checks;
    private final InvoiceStore invoices;
    private final I18nResolver i18n;

    public EInvoiceValidity(UblChecks checks, InvoiceStore invoices, I18nResolver i18n) {
        this.checks = checks;
        this.invoices = invoices;
        this.i18n = i18n;
    }

    /** The section of an issued document; none for a draft. */
    public EInvoiceValidityView of(long invoiceId) {
        Invoice invoice = invoices.require(invoiceId);
        return invoice.isDraft() ? null : view(checks.check(invoice, UblChecks.PAGE_WAIT));
    }

    EInvoiceValidityView view(EInvoiceCheck check) {
        List<EInvoiceValidityView.RuleSetView> sets = new ArrayList<>();
        for (RuleSetResult result : check.results()) {
            List<EInvoiceValidityView.RuleView> rules = new ArrayList<>();
            for (FailedRule rule : result.failures()) {
                String fix = FIXES.get(rule.id());
                rules.add(new EInvoiceValidityView.RuleView(rule.id(), rule.text(), rule.location(), fix == null ? "" : i18n.getText(fix),
                        rule.warning()));
            }
            String title = result.ruleSet().title() + " " + result.ruleSet().version();
            sets.add(new EInvoiceValidityView.RuleSetView(title, result.valid(), i18n.getText(result.valid() ? "ratecard.einvoice.set.valid"
                    : "ratecard.einvoice.set.invalid").replace("{0}", title), rules));
        }
        String state = check.state().name().toLowerCase(java.util.Locale.ROOT);
        String headline = i18n.getText("ratecard.einvoice.state." + state);
        if (check.state() == EInvoiceCheck.State.VALID) {
            headline = headline.replace("{0}", String.join(" / ", sets.stream().map(EInvoiceValidityView.RuleSetView::getTitle).toList()));
        } else if (check.state() == EInvoiceCheck.State.INVALID) {
            long errors = check.results().stream().mapToLong(result -> result.errors().size()).sum();
            headline = headline.replace("{0}", String.valueOf(errors));
        } else if (check.state() == EInvoiceCheck.State.UNAVAILABLE) {
            headline = headline.replace("{0}", check.problem());
        }
        return new EInvoiceValidityView(state, headline, sets);
    }
}
