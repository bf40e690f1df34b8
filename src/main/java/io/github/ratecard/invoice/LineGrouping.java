package io.github.ratecard.invoice;

/** How a draft groups its work into lines: one line per issue, per person, per staff level or per month (and per rate within it). */
public enum LineGrouping {
    ISSUE,
    USER,
    LEVEL,
    MONTH
}
