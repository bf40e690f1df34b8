package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.accounting.IssuedDocuments;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.InvoiceStatus;
import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;

/** The issued and voided documents of RC_INVOICE whose issue day lies in a range. */
public class AoIssuedDocuments implements IssuedDocuments {

    private final ActiveObjects ao;

    public AoIssuedDocuments(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Long> issuedBetween(DateRange days) {
        InvoiceEntity[] rows = ao.find(InvoiceEntity.class, Query.select("ID, " + InvoiceEntity.ISSUE_DAY)
                .where(InvoiceEntity.STATUS + " IN (?, ?) AND " + InvoiceEntity.ISSUE_DAY + " >= ? AND " + InvoiceEntity.ISSUE_DAY + " <= ?",
                        InvoiceStatus.ISSUED.name(), InvoiceStatus.VOID.name(), days.first().toEpochDay(), days.last().toEpochDay())
                .order(InvoiceEntity.ISSUE_DAY + ", ID"));
        return Arrays.stream(rows).map(row -> (long) row.getID()).toList();
    }
}
