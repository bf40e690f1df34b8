package io.github.ratecard.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The guard against server-side request forgery: a webhook URL is {@code https} (or {@code http} when the
 * administrator allows it), has a host and no user name or fragment, is at most {@value #MAX_LENGTH}
 * characters, names an IPv4 address only as four decimal numbers, and every address its host resolves to
 * passes {@link AddressRules}. Checked when finance saves an endpoint and again before every attempt, since
 * what a name resolves to can change.
 */
public final class UrlGuard {

    public static final int MAX_LENGTH = io.github.ratecard.domain.InputLimits.WEBHOOK_URL;
    private static final Pattern NUMERIC_HOST = Pattern.compile("^(0x[0-9a-f.x]*|[0-9][0-9a-fx.]*)$");
    private static final Pattern DOTTED_QUAD = Pattern.compile("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$");

    private final HostResolver resolver;
    private final WebhookSecurity security;

    /** With the system's resolver. */
    public UrlGuard(WebhookSecurity security) {
        this(HostResolver.SYSTEM, security);
    }

    public UrlGuard(HostResolver resolver, WebhookSecurity security) {
        this.resolver = resolver;
        this.security = security;
    }

    /** The URL, checked; refused with a 400 naming {@code url}, worded for a page in its viewer's language. */
    public URI require(String url) {
        Checked checked = check(url);
        if (checked.why().isPresent()) {
            throw new UrlRefusedException(checked.why().get());
        }
        return checked.uri().orElseThrow();
    }

    /** The checked URI, or why it may not be called. */
    public record Checked(Optional<URI> uri, Optional<UrlRefusal> why) {

        static Checked refused(UrlRefusal why) {
            return new Checked(Optional.empty(), Optional.of(why));
        }

        /** Why, in the API's English. */
        public Optional<String> refusal() {
            return why.map(UrlRefusal::english);
        }
    }

    public Checked check(String url) {
        if (url == null || url.isBlank()) {
            return Checked.refused(UrlRefusal.of("required", "A webhook needs a URL, e.g. https://example.com/hooks/ratecard"));
        }
        String given = url.strip();
        if (given.length() > MAX_LENGTH) {
            return Checked.refused(UrlRefusal.of("tooLong", "A webhook URL has at most " + MAX_LENGTH + " characters", String.valueOf(MAX_LENGTH)));
        }
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            return Checked.refused(UrlRefusal.of("invalid", "The webhook URL is not a valid URL: " + e.getReason(), e.getReason()));
        }
        Optional<UrlRefusal> form = formRefusal(uri);
        if (form.isPresent()) {
            return Checked.refused(form.get());
        }
        return addressRefusal(uri).map(Checked::refused).orElse(new Checked(Optional.of(uri), Optional.empty()));
    }

    private Optional<UrlRefusal> formRefusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && security.allowHttp())) {
            return Optional.of(security.allowHttp() ? UrlRefusal.of("scheme", "A webhook URL starts with https:// or http://")
                    : UrlRefusal.of("httpsOnly", "A webhook URL starts with https:// (the administrator has not allowed http)"));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(UrlRefusal.of("userInfo", "A webhook URL may not hold a user name or password"));
        }
        if (uri.getRawFragment() != null) {
            return Optional.of(UrlRefusal.of("fragment", "A webhook URL may not have a fragment (#…)"));
        }
        String host = uri.getHost() != null ? uri.getHost() : authorityHost(uri);
        if (host == null || host.isEmpty()) {
            return Optional.of(UrlRefusal.of("noHost", "The webhook URL needs a host name, e.g. https://example.com/hooks/ratecard"));
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (NUMERIC_HOST.matcher(name).matches() && !DOTTED_QUAD.matcher(name).matches()) {
            return Optional.of(UrlRefusal.of("ipv4", "Write an IPv4 address in a webhook URL as four decimal numbers, e.g. 203.0.113.7, was: " + host,
                    host));
        }
        if (uri.getHost() == null) {
            return Optional.of(UrlRefusal.of("badHost", "The webhook URL's host " + host + " is not a valid host name", host));
        }
        return Optional.empty();
    }

    /** The host part of an authority {@link URI} could not read as a host name (such as {@code 127.1}); null when there is none. */
    private static String authorityHost(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return null;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        return port > 0 && !host.endsWith("]") ? host.substring(0, port) : host;
    }

    private Optional<UrlRefusal> addressRefusal(URI uri) {
        String host = uri.getHost();
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        String name = bare.toLowerCase(Locale.ROOT);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        boolean allowInternal = security.allowInternalTargets();
        if (!allowInternal && (name.equals("localhost") || name.endsWith(".localhost") || name.equals("localhost.localdomain")
                || name.equals("ip6-localhost") || name.equals("ip6-loopback"))) {
            return Optional.of(UrlRefusal.of("self", "A webhook may not call " + host + " (this server itself)", host));
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of(UrlRefusal.of("unresolved", "The webhook's host " + host + " cannot be resolved", host));
        }
        if (addresses.isEmpty()) {
            return Optional.of(UrlRefusal.of("unresolved", "The webhook's host " + host + " cannot be resolved", host));
        }
        for (InetAddress address : addresses) {
            Optional<AddressRules.Refusal> refusal = AddressRules.refusal(address);
            if (refusal.isPresent() && (!refusal.get().internal() || !allowInternal)) {
                boolean internal = refusal.get().internal();
                return Optional.of(UrlRefusal.of(internal ? "internal" : "address", "A webhook may not call " + host + ": it resolves to "
                        + address.getHostAddress() + ", " + refusal.get().reason() + (internal ? " (the administrator has not allowed internal targets)" : ""),
                        host, address.getHostAddress(), UrlRefusal.ADDRESS + refusal.get().key()));
            }
        }
        return Optional.empty();
    }
}
