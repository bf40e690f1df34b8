package io.github.ratecard.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What a script's {@code Authorization} header means in the sandbox, which keeps no passwords
 * and issues no tokens: {@code Basic} with a demo user's name and any password signs in as that
 * user; {@code Bearer sandbox-<user>} is that user's personal access token, and
 * {@code Bearer sandbox-<user>+finance} the token of that user after they were granted Ratecard
 * finance (as a test site's administrator grants it to themselves before the smoke test).
 */
record SandboxCredentials(String userKey, boolean financeGranted) {

    private static final String TOKEN_PREFIX = "sandbox-";
    private static final String FINANCE_SUFFIX = "+finance";

    /** Empty when the header is neither form, or is malformed. */
    static Optional<SandboxCredentials> parse(String header) {
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim());
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(header.substring(7).trim());
        }
        return Optional.empty();
    }

    private static Optional<SandboxCredentials> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? Optional.empty() : Optional.of(new SandboxCredentials(decoded.substring(0, colon), false));
    }

    private static Optional<SandboxCredentials> bearer(String token) {
        if (!token.startsWith(TOKEN_PREFIX) || token.length() == TOKEN_PREFIX.length()) {
            return Optional.empty();
        }
        String user = token.substring(TOKEN_PREFIX.length());
        boolean finance = user.endsWith(FINANCE_SUFFIX);
        return Optional.of(new SandboxCredentials(finance ? user.substring(0, user.length() - FINANCE_SUFFIX.length()) : user, finance));
    }
}
