package io.github.ratecard.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: HMAC-SHA256 with the endpoint's secret (its UTF-8 bytes) over
 * {@code <timestamp>.<body>}, where the timestamp is the {@value #TIMESTAMP} header (Unix seconds) and
 * the body the exact bytes sent; the {@value #SIGNATURE} header carries {@code sha256=} and the
 * lower-case hexadecimal digest.
 */
public final class Signature {

    public static final String DELIVERY = "X-Ratecard-Delivery";
    public static final String EVENT = "X-Ratecard-Event";
    public static final String TIMESTAMP = "X-Ratecard-Timestamp";
    public static final String SIGNATURE = "X-Ratecard-Signature";
    static final String PREFIX = "sha256=";

    private Signature() {
    }

    /** The {@value #SIGNATURE} header's value. */
    public static String header(String secret, long timestampSeconds, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(digest(secret, timestampSeconds, body));
    }

    /** Whether {@code header} signs the body at the timestamp with the secret (compared in constant time). */
    public static boolean verifies(String header, String secret, long timestampSeconds, byte[] body) {
        if (header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = header(secret, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
        return java.security.MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] digest(String secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
