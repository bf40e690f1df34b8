package io.github.ratecard.budget;

/** What budget breakdowns name an issue by: its key, its summary and the key of its epic (itself for an epic; null for none). */
public record IssueFacts(long id, String key, String summary, String epicKey) {
}
