package io.github.ratecard.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Every address a host name resolves to (the system's resolver in production). */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
