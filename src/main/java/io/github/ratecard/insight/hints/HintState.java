package io.github.ratecard.insight.hints;

/** OPEN: found in the latest run; DISMISSED: someone said why it needs no action; RESOLVED: no longer found. */
public enum HintState {
    OPEN, DISMISSED, RESOLVED
}
