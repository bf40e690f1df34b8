package io.github.ratecard.invoice;

import java.util.Collection;
import java.util.Map;

/** The numbers issued documents carry, each given to one document only. */
public interface IssuedNumbers {

    /** Whether an issued document already carries this number. */
    boolean taken(String number);

    /** The numbers of these documents (drafts have none), in one read. */
    Map<Long, String> of(Collection<Long> invoiceIds);
}
