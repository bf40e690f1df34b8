package io.github.ratecard.accounting;

import java.util.Objects;

/** One column of the generic journal: the field it shows and its heading. */
public record JournalColumn(JournalField field, String heading) {

    public JournalColumn {
        Objects.requireNonNull(field, "field");
        heading = heading == null ? "" : heading.strip();
    }
}
