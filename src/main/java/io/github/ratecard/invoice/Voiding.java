package io.github.ratecard.invoice;

import java.util.Objects;

/** Why an issued invoice was voided: it keeps its number, its work may be billed again. */
public record Voiding(String reason) {

    public Voiding {
        Objects.requireNonNull(reason, "reason");
    }
}
