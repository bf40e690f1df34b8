package io.github.ratecard.insight.margin;

/**
 * The ledger's figures of one group of work: worked, billable and billed seconds; cost (base
 * currency), bill and the value of the worked time at bill rates (the group's currency) in minor
 * units; how many entries, how many lack a price and how many have no bill rate to value them at.
 */
public record MarginWork(long workedSeconds, long billableSeconds, long billedSeconds, long costMinor, long billMinor, long valueMinor,
                         long entries, long unpriced, long unvalued) {

    public static final MarginWork NONE = new MarginWork(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public MarginWork plus(MarginWork other) {
        return new MarginWork(workedSeconds + other.workedSeconds, billableSeconds + other.billableSeconds,
                billedSeconds + other.billedSeconds, costMinor + other.costMinor, billMinor + other.billMinor, valueMinor + other.valueMinor,
                entries + other.entries, unpriced + other.unpriced, unvalued + other.unvalued);
    }
}
