package io.github.ratecard.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which resolved addresses a webhook may not reach, and why. Internal addresses (loopback, private,
 * unique-local, link-local, shared carrier-grade NAT) are refused unless the administrator allows
 * internal targets; the unspecified address, multicast, broadcast, reserved ranges and the cloud
 * metadata addresses are refused always. An IPv6 address that carries an IPv4 address (IPv4-mapped,
 * IPv4-compatible, NAT64, 6to4) is judged by the IPv4 address it carries.
 */
public final class AddressRules {

    /**
     * Why an address is refused, and whether the administrator's setting lets it through; {@code key} names the
     * reason's words ({@code ratecard.webhooks.address.<key>}).
     */
    public record Refusal(String reason, boolean internal, String key) {
    }

    /** fd00:ec2::254, the IPv6 address of a cloud instance's metadata service. */
    private static final byte[] EC2_METADATA_V6 = {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54};

    private AddressRules() {
    }

    public static Optional<Refusal> refusal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Optional<Inet4Address> carried = carriedIpv4(v6.getAddress());
            if (carried.isPresent()) {
                return refusal(carried.get());
            }
            return refusal6(v6);
        }
        return refusal4(address.getAddress());
    }

    private static Optional<Refusal> refusal4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        int b3 = a[3] & 0xff;
        if (b0 == 169 && b1 == 254 && b2 == 169 && b3 == 254 || b0 == 100 && b1 == 100 && b2 == 100 && b3 == 200) {
            return always("a cloud metadata address", "metadata");
        }
        if (b0 == 0) {
            return always("the unspecified address or \"this network\" (0.0.0.0/8)", "unspecified");
        }
        if (b0 >= 224 && b0 <= 239) {
            return always("a multicast address", "multicast");
        }
        if (b0 >= 240) {
            return always("a reserved or broadcast address (240.0.0.0/4)", "reserved");
        }
        if (b0 == 127) {
            return internal("a loopback address", "loopback");
        }
        if (b0 == 10 || b0 == 172 && b1 >= 16 && b1 <= 31 || b0 == 192 && b1 == 168) {
            return internal("a private address (RFC 1918)", "private");
        }
        if (b0 == 169 && b1 == 254) {
            return internal("a link-local address", "linkLocal");
        }
        if (b0 == 100 && b1 >= 64 && b1 <= 127) {
            return internal("a shared address (100.64.0.0/10)", "shared");
        }
        if (b0 == 192 && b1 == 0 && b2 == 0 || b0 == 198 && (b1 == 18 || b1 == 19)) {
            return internal("a special-purpose address", "special");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refusal6(Inet6Address address) {
        byte[] a = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return always("the unspecified address (::)", "unspecified");
        }
        if (isEc2Metadata(a)) {
            return always("a cloud metadata address", "metadata");
        }
        if (address.isMulticastAddress()) {
            return always("a multicast address", "multicast");
        }
        if (address.isLoopbackAddress()) {
            return internal("a loopback address", "loopback");
        }
        if ((a[0] & 0xfe) == 0xfc) {
            return internal("a unique-local address (fc00::/7)", "uniqueLocal");
        }
        if (address.isLinkLocalAddress() || address.isSiteLocalAddress()) {
            return internal("a link-local or site-local address", "linkLocal");
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 address carries: ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d, 2002:aabb:ccdd::. */
    private static Optional<Inet4Address> carriedIpv4(byte[] a) {
        byte[] mappedPrefix = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};
        byte[] nat64Prefix = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] head = Arrays.copyOf(a, 12);
        boolean compatible = Arrays.equals(head, new byte[12]) && !(a[12] == 0 && a[13] == 0 && a[14] == 0 && (a[15] == 0 || a[15] == 1));
        if (Arrays.equals(head, mappedPrefix) || Arrays.equals(head, nat64Prefix) || compatible) {
            return Optional.of(v4(Arrays.copyOfRange(a, 12, 16)));
        }
        if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
            return Optional.of(v4(Arrays.copyOfRange(a, 2, 6)));
        }
        return Optional.empty();
    }

    private static boolean isEc2Metadata(byte[] a) {
        return Arrays.equals(a, EC2_METADATA_V6);
    }

    private static Inet4Address v4(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Refusal> always(String reason, String key) {
        return Optional.of(new Refusal(reason, false, key));
    }

    private static Optional<Refusal> internal(String reason, String key) {
        return Optional.of(new Refusal(reason, true, key));
    }
}
