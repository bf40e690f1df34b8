package io.github.ratecard.webhook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The guard against server-side request forgery, as a table: a URL, what the administrator allows, and what the guard
 * says (OK, or a part of its refusal), with why. Names resolve through a table of the test's; addresses written in the
 * URL are parsed, never looked up.
 */
@RunWith(Parameterized.class)
public class UrlGuardTest {

    private static final boolean HTTP = true;
    private static final boolean INTERNAL = true;
    private static final String OK = "OK";
    private static final String REFUSED = "";

    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.com", List.of("93.184.216.34"),
            "rebind.example.com", List.of("10.0.0.5"),
            "mixed.example.com", List.of("93.184.216.34", "127.0.0.1"),
            "v6.example.com", List.of("2606:4700::1111"),
            "metadata.example.com", List.of("169.254.169.254"));

    @Parameters(name = "{0} (http {1}, internal {2}): {4}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
                {"https://hooks.example.com/ratecard", false, false, OK, "a public host over https"},
                {"https://v6.example.com/ratecard", false, false, OK, "a public IPv6 host"},
                {"https://203.0.113.7:8443/in", false, false, OK, "a public address written as four decimal numbers, any port"},
                {"https://[2606:4700::1111]/in", false, false, OK, "a public IPv6 address"},
                {"http://hooks.example.com/ratecard", false, false, "starts with https://", "http needs the administrator's setting"},
                {"http://hooks.example.com/ratecard", HTTP, false, OK, "http when the administrator allows it"},
                {"ftp://hooks.example.com/ratecard", HTTP, false, "starts with https:// or http://", "no other scheme, ever"},
                {"hooks.example.com/ratecard", false, false, "starts with https://", "no scheme"},
                {"", false, false, "needs a URL", "nothing"},
                {"https:///ratecard", false, false, "needs a host name", "no host"},
                {"https://user:pw@hooks.example.com/", false, false, "user name or password", "credentials in the URL"},
                {"https://hooks.example.com/#top", false, false, "fragment", "a fragment"},
                {"https://hooks.example.com/" + "a".repeat(2000), false, false, "at most 2000 characters", "too long"},
                {"https://hooks example.com/", false, false, "not a valid URL", "a space"},

                {"https://127.0.0.1/", false, false, "127.0.0.1, a loopback address", "IPv4 loopback"},
                {"https://127.0.0.1/", false, INTERNAL, OK, "loopback when the administrator allows internal targets"},
                {"https://127.9.9.9/", false, false, "loopback", "all of 127.0.0.0/8"},
                {"https://10.1.2.3/", false, false, "private address (RFC 1918)", "10.0.0.0/8"},
                {"https://172.16.0.1/", false, false, "private address (RFC 1918)", "172.16.0.0/12, first"},
                {"https://172.31.255.254/", false, false, "private address (RFC 1918)", "172.16.0.0/12, last"},
                {"https://172.32.0.1/", false, false, OK, "just after 172.16.0.0/12"},
                {"https://192.168.1.1/", false, false, "private address (RFC 1918)", "192.168.0.0/16"},
                {"https://100.64.0.1/", false, false, "shared address", "carrier-grade NAT"},
                {"https://169.254.10.1/", false, false, "link-local", "IPv4 link-local"},
                {"https://169.254.169.254/latest/meta-data/", false, false, "cloud metadata", "the metadata service"},
                {"https://169.254.169.254/latest/meta-data/", HTTP, INTERNAL, "cloud metadata", "the metadata service, even with both settings"},
                {"https://0.0.0.0/", false, INTERNAL, "unspecified", "0.0.0.0, even with internal targets allowed"},
                {"https://224.0.0.1/", false, INTERNAL, "multicast", "IPv4 multicast"},
                {"https://255.255.255.255/", false, INTERNAL, "broadcast", "broadcast"},

                {"https://[::1]/", false, false, "loopback", "IPv6 loopback"},
                {"https://[::1]/", false, INTERNAL, OK, "IPv6 loopback when allowed"},
                {"https://[::]/", false, INTERNAL, "unspecified", "IPv6 unspecified"},
                {"https://[fc00::1]/", false, false, "unique-local", "fc00::/7, first half"},
                {"https://[fd12:3456::1]/", false, false, "unique-local", "fc00::/7, second half"},
                {"https://[fe80::1]/", false, false, "link-local", "IPv6 link-local"},
                {"https://[ff02::1]/", false, INTERNAL, "multicast", "IPv6 multicast"},
                {"https://[fd00:ec2::254]/", false, INTERNAL, "cloud metadata", "the metadata service over IPv6"},
                {"https://[::ffff:127.0.0.1]/", false, false, "loopback", "IPv4-mapped loopback"},
                {"https://[::ffff:a9fe:a9fe]/", false, INTERNAL, "cloud metadata", "IPv4-mapped metadata, in hexadecimal"},
                {"https://[::ffff:10.0.0.1]/", false, false, "private", "IPv4-mapped private"},
                {"https://[::127.0.0.1]/", false, false, "loopback", "IPv4-compatible loopback"},
                {"https://[64:ff9b::a00:1]/", false, false, "private", "NAT64 of 10.0.0.1"},
                {"https://[2002:7f00:1::]/", false, false, "loopback", "6to4 of 127.0.0.1"},

                {"https://2130706433/", false, false, "four decimal numbers", "127.0.0.1 as one decimal number"},
                {"https://017700000001/", false, false, "four decimal numbers", "127.0.0.1 as one octal number"},
                {"https://0177.0.0.1/", false, false, "four decimal numbers", "octal first part"},
                {"https://127.1/", false, false, "four decimal numbers", "a shortened address"},
                {"https://0x7f000001/", false, false, REFUSED, "hexadecimal"},
                {"https://0x7f.0.0.1/", false, false, REFUSED, "hexadecimal first part"},
                {"https://010.0.0.1/", false, INTERNAL, "four decimal numbers", "a leading zero, read as octal by some clients, is refused whatever it means"},

                {"https://localhost/", false, false, "this server itself", "localhost by name"},
                {"https://LOCALHOST./", false, false, "this server itself", "localhost in capitals, with the root dot"},
                {"https://api.localhost/", false, false, "this server itself", "a name under localhost"},
                {"https://localhost.localdomain/", false, false, "this server itself", "localhost.localdomain"},
                {"https://ip6-localhost/", false, false, "this server itself", "ip6-localhost"},
                {"https://rebind.example.com/", false, false, "resolves to 10.0.0.5, a private address", "a public-looking name of a private address"},
                {"https://mixed.example.com/", false, false, "resolves to 127.0.0.1", "every address is checked, not just the first"},
                {"https://metadata.example.com/", HTTP, INTERNAL, "cloud metadata", "a name for the metadata address"},
                {"https://unknown.example.com/", false, false, "cannot be resolved", "a name that does not resolve"},
        });
    }

    private final String url;
    private final boolean allowHttp;
    private final boolean allowInternal;
    private final String expected;

    public UrlGuardTest(String url, boolean allowHttp, boolean allowInternal, String expected, String why) {
        this.url = url;
        this.allowHttp = allowHttp;
        this.allowInternal = allowInternal;
        this.expected = expected;
    }

    @Test
    public void guard_shouldSayWhatTheRowSays() {
        UrlGuard.Checked checked = new UrlGuard(UrlGuardTest::resolve, settings(allowHttp, allowInternal)).check(url);

        if (expected.equals(OK)) {
            assertEquals(java.util.Optional.empty(), checked.refusal());
        } else {
            assertTrue("refused: " + url, checked.refusal().isPresent());
            assertTrue(checked.refusal().get(), checked.refusal().get().contains(expected));
        }
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host.toLowerCase(java.util.Locale.ROOT));
        if (addresses != null) {
            List<InetAddress> resolved = new java.util.ArrayList<>();
            for (String address : addresses) {
                resolved.add(InetAddress.getByName(address));
            }
            return resolved;
        }
        if (host.contains(":") || host.matches("[0-9.]+")) {
            return List.of(InetAddress.getByName(host));
        }
        throw new UnknownHostException(host);
    }

    static WebhookSecurity settings(boolean allowHttp, boolean allowInternal) {
        return new WebhookSecurity() {
            @Override
            public boolean allowHttp() {
                return allowHttp;
            }

            @Override
            public boolean allowInternalTargets() {
                return allowInternal;
            }

            @Override
            public void change(boolean http, boolean internal) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] secretKey() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
