package io.github.ratecard.einvoice;

import java.math.BigDecimal;

/**
 * The VAT categories of EN 16931 (code list UNCL 5305) an account's invoices can carry, with the rules the standard
 * ties to each: whether the rate must be zero, whether the document must say why no VAT is charged (an exemption
 * reason, with the VATEX code the EU's list gives for the usual case), and whether the rate is left out altogether.
 */
public enum VatCategory {
    /** Standard rate: VAT charged at the account's rate (more than 0 %). */
    S("", false),
    /** Zero rated: taxable, at 0 %; no exemption reason. */
    Z("", false),
    /** Exempt from VAT: needs the reason (e.g. VATEX-EU-132 and the article). */
    E("", true),
    /** Reverse charge: the buyer accounts for the VAT; both VAT numbers needed. */
    AE("VATEX-EU-AE", true),
    /** Intra-community supply in the EEA: both VAT numbers and the buyer's country needed. */
    K("VATEX-EU-IC", true),
    /** Export outside the EU: the seller's VAT number needed. */
    G("VATEX-EU-G", true),
    /** Not subject to VAT (outside its scope): no VAT numbers and no rate at all. */
    O("VATEX-EU-O", true);

    private final String defaultReasonCode;
    private final boolean needsReason;

    VatCategory(String defaultReasonCode, boolean needsReason) {
        this.defaultReasonCode = defaultReasonCode;
        this.needsReason = needsReason;
    }

    /** The category an account's rate implies when finance chose none: S above 0 %, Z at 0 %. */
    public static VatCategory implied(BigDecimal percent) {
        return percent.signum() > 0 ? S : Z;
    }

    public String code() {
        return name();
    }

    /** Whether the document must give an exemption reason (code or text) for this category. */
    public boolean needsReason() {
        return needsReason;
    }

    /** The VATEX code written when finance gave no reason of its own; empty when the category has none. */
    public String defaultReasonCode() {
        return defaultReasonCode;
    }

    /** Whether the rate must be 0 %: every category but S. */
    public boolean zeroRate() {
        return this != S;
    }

    /** Whether the document leaves out the rate (and the parties' VAT numbers): O only. */
    public boolean outsideScope() {
        return this == O;
    }
}
