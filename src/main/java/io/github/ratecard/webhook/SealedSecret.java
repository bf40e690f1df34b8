package io.github.ratecard.webhook;

/** An endpoint's secret as stored: encrypted ({@code sealed}) and its fingerprint, which may be shown. */
public record SealedSecret(String sealed, String fingerprint) {
}
