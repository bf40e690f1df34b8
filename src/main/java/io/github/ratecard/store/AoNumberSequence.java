package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.invoice.NumberSequence;
import io.github.ratecard.invoice.SequenceBusyException;
import java.util.Map;
import net.java.ao.Query;

/**
 * Invoice number sequences in RC_INV_SEQ: a number is taken by deleting the row that holds it (see
 * {@link SequenceEntity}). Only another issuer's work makes it busy — the row gone, or its key
 * taken; any other failure of the database surfaces as it is.
 */
public class AoNumberSequence implements NumberSequence {

    private final ActiveObjects ao;

    public AoNumberSequence(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void prepare(String sequenceKey) {
        if (exists(sequenceKey)) {
            return;
        }
        try {
            ao.executeInTransaction(() -> exists(sequenceKey) ? null
                    : ao.create(SequenceEntity.class, Map.of(SequenceEntity.SEQ_KEY, sequenceKey, SequenceEntity.NEXT_VALUE, 1L)));
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            // another issuer created it at the same moment (the key is unique): it exists either way
        }
    }

    @Override
    public long next(String sequenceKey) {
        SequenceEntity[] rows = ao.find(SequenceEntity.class, Query.select().where(SequenceEntity.SEQ_KEY + " = ?", sequenceKey));
        if (rows.length == 0) {
            throw new IllegalStateException("Sequence " + sequenceKey + " was not prepared");
        }
        long value = rows[0].getNextValue();
        try {
            int taken = ao.deleteWithSQL(SequenceEntity.class, SequenceEntity.SEQ_KEY + " = ? AND " + SequenceEntity.NEXT_VALUE + " = ?",
                    sequenceKey, value);
            if (taken != 1) {
                throw new SequenceBusyException(sequenceKey, null);
            }
            ao.create(SequenceEntity.class, Map.of(SequenceEntity.SEQ_KEY, sequenceKey, SequenceEntity.NEXT_VALUE, value + 1));
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new SequenceBusyException(sequenceKey, e);
            }
            throw e;
        }
        return value;
    }

    private boolean exists(String sequenceKey) {
        return ao.count(SequenceEntity.class, Query.select().where(SequenceEntity.SEQ_KEY + " = ?", sequenceKey)) > 0;
    }
}
