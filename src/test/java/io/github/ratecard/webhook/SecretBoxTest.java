package io.github.ratecard.webhook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class SecretBoxTest {

    private final byte[] key = SecretBox.newKey();
    private final SecretBox target = new SecretBox(() -> key);

    @Test
    public void sealedSecret_shouldOpenToTheSecret() {
        assertEquals("whsec-0123456789abcdef", target.open(target.seal("whsec-0123456789abcdef")));
    }

    @Test
    public void sealedSecret_shouldNotHoldTheSecretInClear() {
        SealedSecret sealed = target.seal("whsec-0123456789abcdef");

        assertFalse(sealed.sealed().contains("0123456789abcdef"));
        assertNotEquals("a fresh nonce each time", sealed.sealed(), target.seal("whsec-0123456789abcdef").sealed());
    }

    @Test
    public void anotherKey_shouldNotOpenIt() {
        SealedSecret sealed = target.seal("whsec-0123456789abcdef");
        SecretBox other = new SecretBox(SecretBox::newKey);

        assertThrows(IllegalStateException.class, () -> other.open(sealed));
    }

    @Test
    public void fingerprint_shouldBeTheStartOfTheSha256AndTheSameForTheSameSecret() {
        // printf %s whsec-0123456789abcdef | sha256sum
        assertEquals("0dfa31348971", target.seal("whsec-0123456789abcdef").fingerprint());
        assertEquals(12, SecretBox.fingerprint("x").length());
        assertNotEquals(SecretBox.fingerprint("a"), SecretBox.fingerprint("b"));
    }
}
