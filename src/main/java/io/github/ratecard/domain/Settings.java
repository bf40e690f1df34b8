package io.github.ratecard.domain;

import java.util.Currency;

/** App-wide settings finance can change. */
public interface Settings {

    /** The one currency cost rates are kept in (default EUR). */
    Currency baseCurrency();

    void setBaseCurrency(Currency currency);

    /** The time zone whose calendar days worklogs are reported on (default: the host's default user time zone). */
    java.time.ZoneId reportingZone();

    void setReportingZone(java.time.ZoneId zone);
}
