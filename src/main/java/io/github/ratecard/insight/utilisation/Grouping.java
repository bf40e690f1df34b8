package io.github.ratecard.insight.utilisation;

/** What one row of the report stands for. */
public enum Grouping {
    PERSON, LEVEL, TEAM, MONTH
}
