package io.github.ratecard.invoice;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** What finance chose on a draft: worklogs and expenses left out, and line texts changed (kept by line key). */
public interface DraftChoices {

    Set<Long> excludedWorklogs(long invoiceId);

    Set<Long> excludedExpenses(long invoiceId);

    void exclude(long invoiceId, Collection<Long> worklogIds, Collection<Long> expenseIds);

    void include(long invoiceId, Collection<Long> worklogIds, Collection<Long> expenseIds);

    Map<String, String> texts(long invoiceId);

    void setText(long invoiceId, String lineKey, String text);

    /** Forgets every choice made on a draft being deleted. */
    void clear(long invoiceId);
}
