package io.github.ratecard.invoice;

import io.github.ratecard.domain.ConflictException;

/**
 * An adjustment a draft showed when it was composed is no longer pending as shown: another invoice billed it, or Jira
 * changed its worklog again. Issuing composes the draft once more; a 409 when that keeps happening.
 */
public class AdjustmentsChangedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public AdjustmentsChangedException() {
        super("lines", "The adjustments this draft bills changed while it was issued (another invoice billed them, or Jira changed their"
                + " worklogs again): refresh the draft");
    }
}
