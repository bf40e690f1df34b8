package io.github.ratecard.packaging;

import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.namespace.PackageNamespace;

/** The packages a resolved bundle is wired to, and who provides them. */
final class BundleImports {

    private BundleImports() {
    }

    /** Each imported package as {@code package <- providing bundle}. */
    static Set<String> wired(Bundle bundle) {
        Set<String> wires = new TreeSet<>();
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            wires.add(packageOf(wire) + " <- " + wire.getProvider().getBundle().getSymbolicName());
        }
        return wires;
    }

    /** The wired imports of packages the bundle's own jar carries: each one shadows a class of the jar with the provider's. */
    static Set<String> ofCarriedPackages(Bundle bundle, Set<String> carried) {
        Set<String> offenders = new TreeSet<>();
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (carried.contains(packageOf(wire))) {
                offenders.add(packageOf(wire) + " <- " + wire.getProvider().getBundle().getSymbolicName());
            }
        }
        return offenders;
    }

    static String providerOf(Bundle bundle, String pkg) {
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (packageOf(wire).equals(pkg)) {
                return wire.getProvider().getBundle().getSymbolicName();
            }
        }
        return null;
    }

    private static String packageOf(BundleWire wire) {
        return (String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
    }
}
