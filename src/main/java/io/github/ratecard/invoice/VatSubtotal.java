package io.github.ratecard.invoice;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;

/**
 * One group of an invoice's VAT breakdown (EN 16931 BG-23): a VAT category at a rate (with the exemption reason of an
 * exempt line), the sum of its lines' amounts and its tax, that sum × the rate rounded half-up once (BR-CO-17). Negative
 * on a credit note.
 */
public record VatSubtotal(String category, BigDecimal percent, String reason, Money taxable, Money tax) {
}
