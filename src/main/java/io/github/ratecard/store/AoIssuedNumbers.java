package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.invoice.IssuedNumbers;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Issued documents' numbers in RC_INV_NUMBER, unique: the database refuses to give a number to two documents. */
public class AoIssuedNumbers implements IssuedNumbers {

    private final ActiveObjects ao;

    public AoIssuedNumbers(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean taken(String number) {
        return ao.count(InvoiceNumberEntity.class, Query.select().where(InvoiceNumberEntity.NUMBER + " = ?", number)) > 0;
    }

    @Override
    public Map<Long, String> of(Collection<Long> invoiceIds) {
        Map<Long, String> numbers = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(invoiceIds, 500)) {
            ao.stream(InvoiceNumberEntity.class, Query.select("ID, " + InvoiceNumberEntity.NUMBER + ", " + InvoiceNumberEntity.INVOICE_ID)
                    .where(InvoiceNumberEntity.INVOICE_ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
                    row -> numbers.put(row.getInvoiceId(), row.getNumber()));
        }
        return numbers;
    }

    /** Gives the document its number, in the transaction that issues it. */
    void reserve(long invoiceId, String number) {
        ao.create(InvoiceNumberEntity.class, Map.of(InvoiceNumberEntity.NUMBER, number, InvoiceNumberEntity.INVOICE_ID, invoiceId));
    }
}
