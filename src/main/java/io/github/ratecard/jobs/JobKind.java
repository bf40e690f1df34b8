package io.github.ratecard.jobs;

/** BACKFILL prices every worklog the host holds; REPRICE prices again the entries a rate-card change affects. */
public enum JobKind { BACKFILL, REPRICE }
