package io.github.ratecard.insight.utilisation;

/** The names people read for the keys of the rows: display names, level names, a label for "no level". */
public interface RowLabels {

    String person(String userKey);

    /** The level's name; {@code levelId} is null for people who held no level. */
    String level(Long levelId);
}
