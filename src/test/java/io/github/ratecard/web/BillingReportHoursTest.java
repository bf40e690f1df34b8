package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import java.util.Locale;
import org.junit.Test;

/** The billing report page's hours, rounded as the REST API's statements round them: to two decimals, half up. */
public class BillingReportHoursTest {

    @Test
    public void eighteenSeconds_shouldShowAsAHundredthOfAnHour() {
        assertEquals("0.01", BillingReportPage.hours(18, Locale.ENGLISH));
    }

    @Test
    public void halfAHundredthThatNoBinaryFractionHolds_shouldRoundUp() {
        assertEquals("0.05", BillingReportPage.hours(162, Locale.ENGLISH));
    }

    @Test
    public void halfAHundredthAboveAnEvenDigit_shouldRoundUp() {
        assertEquals("1.13", BillingReportPage.hours(4050, Locale.ENGLISH));
    }

    @Test
    public void hours_shouldBeWrittenAsTheViewerWritesNumbers() {
        assertEquals("1.234,50", BillingReportPage.hours(4_444_200, Locale.GERMAN));
    }
}
