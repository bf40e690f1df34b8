package io.github.ratecard.webhook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The signature a receiver checks, against a value computed independently (Python's hmac module, as in the user guide). */
public class SignatureTest {

    private static final String SECRET = "whsec-0123456789abcdef";
    private static final long TIMESTAMP = 1764928800L;
    private static final byte[] BODY = "{\"id\":\"d-1\",\"event\":\"ping\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    public void header_shouldBeTheHexHmacSha256OfTimestampDotBody() {
        assertEquals("sha256=62c8f8fd3cf5fa83df1f3b23cc321f1666afb311e886cd5a045b2af98d0af3d0", Signature.header(SECRET, TIMESTAMP, BODY));
    }

    @Test
    public void verifies_shouldAcceptTheHeaderItMade() {
        assertTrue(Signature.verifies(Signature.header(SECRET, TIMESTAMP, BODY), SECRET, TIMESTAMP, BODY));
    }

    @Test
    public void verifies_shouldRefuseAnotherTimestamp() {
        assertFalse(Signature.verifies(Signature.header(SECRET, TIMESTAMP, BODY), SECRET, TIMESTAMP + 1, BODY));
    }

    @Test
    public void verifies_shouldRefuseAChangedBody() {
        byte[] changed = "{\"id\":\"d-2\",\"event\":\"ping\"}".getBytes(StandardCharsets.UTF_8);

        assertFalse(Signature.verifies(Signature.header(SECRET, TIMESTAMP, BODY), SECRET, TIMESTAMP, changed));
    }

    @Test
    public void verifies_shouldRefuseAMissingOrBareHeader() {
        assertFalse(Signature.verifies(null, SECRET, TIMESTAMP, BODY));
        assertFalse(Signature.verifies("62c8f8fd3cf5fa83df1f3b23cc321f1666afb311e886cd5a045b2af98d0af3d0", SECRET, TIMESTAMP, BODY));
    }
}
