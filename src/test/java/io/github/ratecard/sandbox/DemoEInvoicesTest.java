package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.einvoice.DocumentValidator;
import io.github.ratecard.einvoice.RuleSet;
import io.github.ratecard.einvoice.RuleSetResult;
import io.github.ratecard.export.UblChecks;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The demo's issued invoices and credit notes, written as their UBL download is, pass the official rule sets of
 * EN 16931 and Peppol BIS Billing 3.0 (phive's packaging of them), through the app's own validator bean.
 */
public class DemoEInvoicesTest {

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static Sandbox sandbox;
    private static List<Invoice> issued;

    @BeforeClass
    public static void seedDemo() throws Exception {
        sandbox = Sandbox.start(new SandboxConfig(0, FOLDER.newFolder("sandbox").toPath(), false, 3_000, 42));
        sandbox.priceAndSeedDemo();
        issued = sandbox.app().bean(InvoiceStore.class).list(InvoiceFilter.of(null, null, null), 0, 200).items().stream()
                .filter(invoice -> !invoice.isDraft()).toList();
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void demo_shouldHaveIssuedInvoicesAndACreditNote() {
        assertTrue(issued.stream().filter(invoice -> invoice.kind() == InvoiceKind.INVOICE).count() >= 4);
        assertEquals(1, issued.stream().filter(invoice -> invoice.kind() == InvoiceKind.CREDIT_NOTE).count());
    }

    @Test
    public void demo_shouldHaveAnIssuedInvoiceWithTwoVatRates() {
        assertTrue(issued.stream().anyMatch(invoice -> invoice.vatBreakdown().stream().map(group -> group.percent().stripTrailingZeros().toPlainString())
                .toList().equals(List.of("19", "7"))));
    }

    @Test
    public void everyIssuedDemoDocument_shouldPassEn16931() {
        assertEquals(List.of(), failures(RuleSet.EN16931));
    }

    @Test
    public void everyIssuedDemoDocument_shouldPassPeppolBis3() {
        assertEquals(List.of(), failures(RuleSet.PEPPOL_BIS3));
    }

    private static List<String> failures(RuleSet ruleSet) {
        UblChecks checks = sandbox.app().bean(UblChecks.class);
        DocumentValidator validator = sandbox.app().bean(DocumentValidator.class);
        List<String> failures = new ArrayList<>();
        for (Invoice invoice : issued) {
            RuleSetResult result = validator.validate(checks.ubl(invoice), ruleSet);
            result.errors().forEach(rule -> failures.add(invoice.describe() + ": " + rule.id() + " " + rule.text() + " at " + rule.location()));
        }
        return failures;
    }
}
