package io.github.ratecard.accounting;

import io.github.ratecard.domain.DateRange;
import java.util.List;

/** The documents an accounting period holds: the invoices and credit notes issued on its days (voided ones included), by issue day and id. */
public interface IssuedDocuments {

    List<Long> issuedBetween(DateRange days);
}
