package io.github.ratecard.store;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.AdjustedWorklog;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.invoice.LineVat;
import io.github.ratecard.invoice.Voiding;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a document is laid out in RC_INVOICE and RC_INV_LINE. One row holds every part: the issuance
 * columns are empty for a draft, and VOID_REASON holds a voided invoice's reason or a credit note's.
 */
final class InvoiceRows {

    private InvoiceRows() {
    }

    /** The columns that never change, for creating the row. */
    static Map<String, Object> fixed(Invoice invoice) {
        InvoiceHeader header = invoice.header();
        Map<String, Object> row = new HashMap<>();
        row.put(InvoiceEntity.KIND, invoice.kind().name());
        row.put(InvoiceEntity.STATUS, invoice.status().name());
        row.put(InvoiceEntity.ACCOUNT_KEY, header.accountKey());
        row.put(InvoiceEntity.FIRST_DAY, header.period().first().toEpochDay());
        row.put(InvoiceEntity.LAST_DAY, header.period().last().toEpochDay());
        row.put(InvoiceEntity.LINE_GROUPING, header.grouping().name());
        row.put(InvoiceEntity.CURRENCY, header.currency().getCurrencyCode());
        row.put(InvoiceEntity.TAX_BP, taxBasisPoints(invoice));
        row.put(InvoiceEntity.CREATED_BY, header.createdBy());
        return row;
    }

    /** Sets the columns a document's life changes. */
    static void fill(InvoiceEntity entity, Invoice invoice) {
        InvoiceHeader header = invoice.header();
        Optional<Issuance> issuance = invoice.issuance();
        Optional<Issuance.BaseTotal> base = issuance.flatMap(Issuance::base);
        entity.setStatus(invoice.status().name());
        entity.setTaxBp(taxBasisPoints(invoice));
        entity.setNumber(invoice.number().orElse(null));
        entity.setProjectKeys(String.join(",", header.projectKeys()));
        entity.setJql(header.jql().isEmpty() ? null : header.jql());
        entity.setIssueDay(issuance.map(issued -> issued.date().toEpochDay()).orElse(null));
        entity.setIssuedMillis(issuance.map(issued -> issued.at() == null ? null : issued.at().toEpochMilli()).orElse(null));
        entity.setIssuedBy(issuance.map(Issuance::by).orElse(null));
        entity.setCreditOf(header.creditOf().map(InvoiceHeader.CreditOf::invoiceId).orElse(null));
        entity.setVoidReason(invoice.voiding().map(Voiding::reason).or(() -> header.creditOf().map(InvoiceHeader.CreditOf::reason)).orElse(null));
        entity.setExchangeRate(base.map(total -> total.exchangeRate().toPlainString()).orElse(null));
        entity.setBaseTotalMinor(base.map(total -> total.amount().minorUnits()).orElse(null));
        entity.setBaseCurrency(base.map(total -> total.amount().currency().getCurrencyCode()).orElse(null));
    }

    /** The columns {@link #fill} sets, as plain values for a JDBC update of the row. */
    static Map<String, Object> changing(Invoice invoice) {
        InvoiceHeader header = invoice.header();
        Optional<Issuance> issuance = invoice.issuance();
        Optional<Issuance.BaseTotal> base = issuance.flatMap(Issuance::base);
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put(InvoiceEntity.STATUS, invoice.status().name());
        row.put(InvoiceEntity.TAX_BP, taxBasisPoints(invoice));
        row.put(InvoiceEntity.NUMBER, invoice.number().orElse(null));
        row.put(InvoiceEntity.PROJECT_KEYS, String.join(",", header.projectKeys()));
        row.put(InvoiceEntity.JQL, header.jql().isEmpty() ? null : header.jql());
        row.put(InvoiceEntity.ISSUE_DAY, issuance.map(issued -> issued.date().toEpochDay()).orElse(null));
        row.put(InvoiceEntity.ISSUED_MILLIS, issuance.map(issued -> issued.at() == null ? null : issued.at().toEpochMilli()).orElse(null));
        row.put(InvoiceEntity.ISSUED_BY, issuance.map(Issuance::by).orElse(null));
        row.put(InvoiceEntity.CREDIT_OF, header.creditOf().map(InvoiceHeader.CreditOf::invoiceId).orElse(null));
        row.put(InvoiceEntity.VOID_REASON, invoice.voiding().map(Voiding::reason).or(() -> header.creditOf().map(InvoiceHeader.CreditOf::reason))
                .orElse(null));
        row.put(InvoiceEntity.EXCHANGE_RATE, base.map(total -> total.exchangeRate().toPlainString()).orElse(null));
        row.put(InvoiceEntity.BASE_TOTAL_MINOR, base.map(total -> total.amount().minorUnits()).orElse(null));
        row.put(InvoiceEntity.BASE_CURRENCY, base.map(total -> total.amount().currency().getCurrencyCode()).orElse(null));
        return row;
    }

    private static int taxBasisPoints(Invoice invoice) {
        return invoice.totals().taxPercent().movePointRight(2).intValueExact();
    }

    static List<Map<String, Object>> lines(long invoiceId, List<InvoiceLine> lines) {
        List<Map<String, Object>> rows = new ArrayList<>(lines.size());
        int position = 0;
        for (InvoiceLine line : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put(InvoiceLineEntity.INVOICE_ID, invoiceId);
            row.put(InvoiceLineEntity.POSITION, position++);
            row.put(InvoiceLineEntity.KIND, line.kind().name());
            row.put(InvoiceLineEntity.LINE_KEY, line.groupKey());
            row.put(InvoiceLineEntity.TEXT, line.text());
            row.put(InvoiceLineEntity.QUANTITY, line.quantity().toPlainString());
            row.put(InvoiceLineEntity.UNIT_PRICE, line.unitPrice().toPlainString());
            row.put(InvoiceLineEntity.AMOUNT_MINOR, line.amount().minorUnits());
            row.put(InvoiceLineEntity.SECONDS, line.seconds());
            row.put(InvoiceLineEntity.ENTRIES, line.entries());
            row.put(InvoiceLineEntity.VAT_CATEGORY, line.vat().map(LineVat::category).orElse(null));
            row.put(InvoiceLineEntity.VAT_BP, line.vat().map(LineVat::basisPoints).orElse(null));
            row.put(InvoiceLineEntity.VAT_REASON, line.vat().map(LineVat::reason).filter(reason -> !reason.isEmpty()).orElse(null));
            rows.add(row);
        }
        return rows;
    }

    static Invoice invoice(InvoiceEntity entity, List<InvoiceLineEntity> rows) {
        Currency currency = Currency.getInstance(entity.getCurrency());
        List<InvoiceLine> lines = new ArrayList<>(rows.size());
        for (InvoiceLineEntity row : rows) {
            LineKind kind = LineKind.valueOf(row.getKind());
            lines.add(new InvoiceLine(row.getID(), kind, row.getLineKey(), row.getText(), new BigDecimal(row.getQuantity()),
                    new BigDecimal(row.getUnitPrice()), Money.ofMinor(row.getAmountMinor(), currency), row.getSeconds(), row.getEntries(),
                    kind == LineKind.ADJUSTMENT ? AdjustedWorklog.ofLineKey(row.getLineKey()) : Optional.empty(), vat(row)));
        }
        InvoiceStatus status = InvoiceStatus.valueOf(entity.getStatus());
        return new Invoice(entity.getID(), header(entity, currency), lines, InvoiceTotals.of(lines, BigDecimal.valueOf(entity.getTaxBp(), 2), currency),
                status == InvoiceStatus.DRAFT ? Optional.empty() : Optional.of(issuance(entity)),
                status == InvoiceStatus.VOID ? Optional.of(new Voiding(entity.getVoidReason())) : Optional.empty());
    }

    /** The line's own VAT; none for a line at the invoice's rate (every line written before model version 7). */
    private static Optional<LineVat> vat(InvoiceLineEntity row) {
        return row.getVatCategory() == null || row.getVatBp() == null ? Optional.empty()
                : Optional.of(new LineVat(row.getVatCategory(), BigDecimal.valueOf(row.getVatBp(), 2), row.getVatReason()));
    }

    private static InvoiceHeader header(InvoiceEntity entity, Currency currency) {
        String keys = entity.getProjectKeys();
        Optional<InvoiceHeader.CreditOf> creditOf = InvoiceKind.valueOf(entity.getKind()) == InvoiceKind.CREDIT_NOTE
                ? Optional.of(new InvoiceHeader.CreditOf(entity.getCreditOf(), entity.getVoidReason())) : Optional.empty();
        return new InvoiceHeader(entity.getAccountKey(), new DateRange(LocalDate.ofEpochDay(entity.getFirstDay()),
                LocalDate.ofEpochDay(entity.getLastDay())), LineGrouping.valueOf(entity.getLineGrouping()), currency,
                keys == null || keys.isEmpty() ? List.of() : List.of(keys.split(",")), entity.getJql(), entity.getCreatedBy(), creditOf);
    }

    private static Issuance issuance(InvoiceEntity entity) {
        Optional<Issuance.BaseTotal> base = entity.getExchangeRate() == null ? Optional.empty() : Optional.of(new Issuance.BaseTotal(
                new BigDecimal(entity.getExchangeRate()), Money.ofMinor(entity.getBaseTotalMinor(), Currency.getInstance(entity.getBaseCurrency()))));
        return new Issuance(entity.getNumber(), LocalDate.ofEpochDay(entity.getIssueDay()),
                entity.getIssuedMillis() == null ? null : Instant.ofEpochMilli(entity.getIssuedMillis()), entity.getIssuedBy(), base);
    }
}
