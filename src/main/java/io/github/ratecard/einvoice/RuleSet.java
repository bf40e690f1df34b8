package io.github.ratecard.einvoice;

/**
 * The official rule sets an e-invoice is checked against: the European standard's business rules, the Peppol
 * network's rules on top of them, and the German public sector's (XRechnung), each with the version the app packages.
 */
public enum RuleSet {
    EN16931("EN 16931", "1.3.16"),
    PEPPOL_BIS3("Peppol BIS Billing 3.0", "3.0.21 (2026-05)"),
    XRECHNUNG("XRechnung", "3.0.2");

    private final String title;
    private final String version;

    RuleSet(String title, String version) {
        this.title = title;
        this.version = version;
    }

    public String title() {
        return title;
    }

    public String version() {
        return version;
    }
}
