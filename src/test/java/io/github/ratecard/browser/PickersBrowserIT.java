package io.github.ratecard.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Finance picks users, accounts and projects by typing part of a name, and reads why a table is empty, at 1366×900. */
public class PickersBrowserIT {

    @ClassRule
    public static final SandboxInBrowser SANDBOX = new SandboxInBrowser();

    @Rule
    public final TestWatcher screenshotOnFailure = SANDBOX.screenshotOnFailure();

    private final Browser browser = SANDBOX.browser();

    @Before
    public void laptopScreen() {
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    public void financePicksAUserByTypingPartOfTheName() {
        picksAUserByTypingPartOfTheName("en");
    }

    @Test
    public void financePicksAUserByTypingPartOfTheName_inGerman() {
        picksAUserByTypingPartOfTheName("de");
    }

    private void picksAUserByTypingPartOfTheName(String language) {
        browser.openAs("finance", language, "/plugins/servlet/ratecard/rates/levels");
        WebElement user = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ratecard-assign-form input[name='userKey']")));
        assertEquals("combobox", user.getAttribute("role"));

        user.sendKeys("okaf");
        WebElement option = browser.waiting().until(d -> firstSuggestion(d, "ratecard-assign-form", "okaf", "Ana Okafor (agent01)"));
        assertEquals("true", user.getAttribute("aria-expanded"));
        browser.screenshot("picker-user-suggestions-" + language);
        user.sendKeys(Keys.ARROW_DOWN);
        assertEquals(option.getAttribute("id"), user.getAttribute("aria-activedescendant"));
        user.sendKeys(Keys.ENTER);

        assertEquals("agent01", user.getAttribute("value"));
        assertEquals("false", user.getAttribute("aria-expanded"));
        assertEquals("Ana Okafor", browser.find("#ratecard-assign-form .ratecard-picker-name").getText());
    }

    @Test
    public void financeLinksAProjectToAnAccountPickedByName() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/accounts");
        WebElement project = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ratecard-link-form input[name='projectKey']")));
        project.sendKeys("acmed");
        assertEquals("typed keys are upper-cased", "ACMED", project.getAttribute("value"));
        // the list is redrawn as answers arrive: find and click the option in one step
        browser.waiting().until(d -> {
            d.findElement(By.xpath("//form[@id='ratecard-link-form']//li[@role='option'][.='Acme platform work (ACMEDEV)']")).click();
            return true;
        });
        assertEquals("ACMEDEV", project.getAttribute("value"));

        WebElement account = browser.find("#ratecard-link-form input[name='accountKey']");
        account.sendKeys("labs");
        browser.waiting().until(d -> firstSuggestion(d, "ratecard-link-form", "labs", "Acme Labs R&D (ACME_LABS)"));
        browser.screenshot("picker-account-suggestions");
        account.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertEquals("ACME_LABS", account.getAttribute("value"));
        account.sendKeys(Keys.ESCAPE);
        browser.find("#ratecard-link-form button[type='submit']").click();

        String links = browser.waiting().until(d -> {
            String text = d.findElement(By.cssSelector("tr[data-account='ACME_LABS']")).getText();
            return text.contains("ACMEDEV") ? text : null;
        });
        assertTrue(links, links.contains("ACMEDEV"));
    }

    @Test
    public void arrowKeyOnSuggestionsOfWhatWasTypedOver_shouldAskAgainRatherThanHighlightOne() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/accounts");
        WebElement account = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ratecard-link-form input[name='accountKey']")));
        // answers about "labs" come 1.5 s late: until then the suggestions of the empty field stay shown
        browser.script("var fetch = window.fetch; window.fetch = function (url) { var answer = fetch.apply(this, arguments);"
                + " return /[?&]q=labs/i.test(String(url)) ? answer.then(function (r) { return new Promise(function (done) {"
                + " setTimeout(function () { done(r); }, 1500); }); }) : answer; };");
        account.click();
        browser.waiting().until(d -> firstSuggestion(d, "ratecard-link-form", "", null));

        account.sendKeys("labs", Keys.ARROW_DOWN);

        assertNull("no suggestion of the empty field is highlighted", account.getAttribute("aria-activedescendant"));
        browser.waiting().until(d -> firstSuggestion(d, "ratecard-link-form", "labs", "Acme Labs R&D (ACME_LABS)"));
        account.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertEquals("ACME_LABS", account.getAttribute("value"));
    }

    @Test
    public void aNewAccountsKeyIsSuggestedFromItsNameAndStaysEditable() {
        browser.openAs("finance", "/plugins/servlet/ratecard/rates/accounts");
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-account-form")));
        WebElement key = form.findElement(By.name("key"));

        form.findElement(By.name("name")).sendKeys("Hooli Corporation");
        assertEquals("HOOLI", key.getAttribute("value"));

        key.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "xy");
        form.findElement(By.name("name")).sendKeys(" Europe");
        assertEquals("a key edited by hand stays", "HOOXY", key.getAttribute("value"));
    }

    @Test
    public void anEmptyBillingReportSaysWhyAndWhatToDoInsteadOfZeroTotals() {
        browser.openAs("finance", "/sandbox/reports/billing?project=ACME&from=2025-01-01&to=2025-01-31");

        WebElement said = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ratecard-report-empty")));

        assertEquals("No un-invoiced billable work in this period. Check that the project is linked to this account and that its issues"
                + " are billable, or choose another period.", said.getText());
        assertTrue("no table of zeros", browser.findAll("#ratecard-billing-report-page table").isEmpty());
        browser.screenshot("billing-report-empty");
    }

    @Test
    public void anEmptyRateTableSaysWhyAndWhatToDo() {
        assertEquals("No bill rates yet. Add one below, or set a default rate on the account.", emptyBillRatesText("en", "No bill rates yet"));
    }

    @Test
    public void anEmptyRateTableSaysWhyAndWhatToDo_inGerman() {
        assertEquals("Noch keine Abrechnungss\u00e4tze. F\u00fcgen Sie unten einen hinzu oder legen Sie einen Standardsatz f\u00fcr das Konto fest.",
                emptyBillRatesText("de", "Noch keine"));
    }

    private String emptyBillRatesText(String language, String start) {
        browser.openAs("finance", language, "/plugins/servlet/ratecard/rates/bill?project=OPS");
        String said = browser.waiting().until(d -> {
            String text = d.findElement(By.cssSelector("#ratecard-bill-rates tbody")).getText();
            return text.startsWith(start) ? text : null;
        });
        browser.screenshot("bill-rates-empty-" + language);
        return said;
    }

    /**
     * The first suggestion of the picker in form {@code formId}, once its list answers {@code term} (as typed, whatever the
     * case) and that suggestion reads {@code label} (any, when null); null before. The list is redrawn as answers arrive, and an earlier
     * answer (of the empty field, or of the first letters) may show the same suggestion further down.
     */
    private static WebElement firstSuggestion(org.openqa.selenium.WebDriver driver, String formId, String term, String label) {
        for (WebElement list : driver.findElements(By.cssSelector("#" + formId + " ul[role='listbox']"))) {
            List<WebElement> options = list.findElements(By.cssSelector("li[role='option']"));
            if (term.equalsIgnoreCase(list.getAttribute("data-term")) && list.isDisplayed() && !options.isEmpty()
                    && (label == null || label.equals(options.get(0).getText()))) {
                return options.get(0);
            }
        }
        return null;
    }
}
