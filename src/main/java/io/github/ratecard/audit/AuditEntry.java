package io.github.ratecard.audit;

import java.time.Instant;

/** One change to the rate card, budgets or invoices: who, when, what, and the JSON before and after. */
public record AuditEntry(long id, Instant at, String userKey, String entityType, String entityId, String action,
                         String beforeJson, String afterJson) {
}
