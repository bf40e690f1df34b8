package io.github.ratecard.domain;

import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;

/** The settings every report follows: the currency costs are kept in, the calendar days and the fiscal year. */
public interface ReportingSettings {

    /** The one currency cost rates are kept in (default EUR). */
    Currency baseCurrency();

    void setBaseCurrency(Currency currency);

    /** The time zone whose calendar days worklogs are reported on (default: the host's default user time zone). */
    ZoneId reportingZone();

    void setReportingZone(ZoneId zone);

    /** The month the organisation's year starts in, which budgets per quarter or year follow (default January). */
    Month fiscalYearStart();

    void setFiscalYearStart(Month month);
}
