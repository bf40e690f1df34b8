package io.github.ratecard.insight.hints;

/** The hint rules' one setting: how many days after a month's end its billable work should be invoiced. */
public interface HintSettings {

    int DEFAULT_UNINVOICED_DAYS = 30;
    int MAX_UNINVOICED_DAYS = io.github.ratecard.domain.InputLimits.HINT_UNINVOICED_DAYS;

    int uninvoicedDays();

    void setUninvoicedDays(int days);
}
