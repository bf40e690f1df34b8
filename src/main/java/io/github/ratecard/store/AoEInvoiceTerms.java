package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.EInvoiceTermsStore;
import io.github.ratecard.einvoice.ElectronicAddress;
import io.github.ratecard.einvoice.SellerEInvoicing;
import io.github.ratecard.einvoice.VatCategory;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** E-invoice terms in RC_EINV_TERMS, a row per change. */
public class AoEInvoiceTerms implements EInvoiceTermsStore {

    private final ActiveObjects ao;

    public AoEInvoiceTerms(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<SellerEInvoicing> seller(Instant at) {
        return latest(EInvoiceTermsEntity.SELLER, at).map(row -> new SellerEInvoicing(text(row.getIban()), text(row.getBic()), endpoint(row),
                row.getContactName(), row.getContactPhone(), row.getContactEmail()));
    }

    @Override
    public void changeSeller(SellerEInvoicing terms, Instant at) {
        Map<String, Object> row = row(EInvoiceTermsEntity.SELLER, at, terms.endpoint());
        row.put("IBAN", terms.iban());
        row.put("BIC", terms.bic());
        row.put("CONTACT_NAME", terms.contactName());
        row.put("CONTACT_PHONE", terms.contactPhone());
        row.put("CONTACT_EMAIL", terms.contactEmail());
        ao.create(EInvoiceTermsEntity.class, row);
    }

    @Override
    public Optional<BuyerEInvoicing> buyer(String accountKey, Instant at) {
        return latest(accountKey, at).map(row -> new BuyerEInvoicing(accountKey, row.getBuyerReference(), row.getOrderReference(), endpoint(row),
                Optional.ofNullable(row.getVatCategory()).filter(code -> !code.isEmpty()).map(VatCategory::valueOf), row.getExemptionCode(),
                row.getExemptionReason(), row.getXrechnung()));
    }

    @Override
    public void changeBuyer(BuyerEInvoicing terms, Instant at) {
        Map<String, Object> row = row(terms.accountKey(), at, terms.endpoint());
        row.put("BUYER_REFERENCE", terms.buyerReference());
        row.put("ORDER_REFERENCE", terms.orderReference());
        row.put("VAT_CATEGORY", terms.vatCategory().map(VatCategory::code).orElse(""));
        row.put("EXEMPTION_CODE", terms.exemptionReasonCode());
        row.put("EXEMPTION_REASON", terms.exemptionReason());
        row.put("XRECHNUNG", terms.xrechnung());
        ao.create(EInvoiceTermsEntity.class, row);
    }

    private static Map<String, Object> row(String scope, Instant at, ElectronicAddress endpoint) {
        Map<String, Object> row = new HashMap<>();
        row.put(EInvoiceTermsEntity.SCOPE, scope);
        row.put(EInvoiceTermsEntity.CHANGED_AT, at.toEpochMilli());
        row.put("ENDPOINT_SCHEME", endpoint.scheme());
        row.put("ENDPOINT_ID", endpoint.id());
        return row;
    }

    private Optional<EInvoiceTermsEntity> latest(String scope, Instant at) {
        EInvoiceTermsEntity[] rows = ao.find(EInvoiceTermsEntity.class, Query.select()
                .where(EInvoiceTermsEntity.SCOPE + " = ? AND " + EInvoiceTermsEntity.CHANGED_AT + " <= ?", scope, at.toEpochMilli())
                .order(EInvoiceTermsEntity.CHANGED_AT + " DESC, ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static ElectronicAddress endpoint(EInvoiceTermsEntity row) {
        return new ElectronicAddress(row.getEndpointScheme(), row.getEndpointId());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
