package io.github.ratecard.contract;

import io.github.ratecard.money.Money;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Computes a retainer's balance ledger from its periods, never from stored balances. Each period's prepaid time joins
 * the balance as a lot of that period; used time takes the oldest lots first, so carried time is used before it
 * expires; a positive adjustment joins as a lot of its period, a negative one removes the oldest time (never more
 * than there is). At a period's end, lots older than the rollover's expiry lapse, then the oldest time beyond the
 * rollover limit, and everything when the retainer ends. Used time beyond the balance is overage.
 */
public final class RetainerLedger {

    private RetainerLedger() {
    }

    /** The ledger of consecutive periods of one retainer, earliest first; the first opens with nothing. */
    public static List<RetainerBalance> compute(List<RetainerPeriod> periods) {
        Deque<Lot> lots = new ArrayDeque<>();
        List<RetainerBalance> rows = new ArrayList<>(periods.size());
        for (int index = 0; index < periods.size(); index++) {
            rows.add(period(index, periods.get(index), lots));
        }
        return rows;
    }

    private static RetainerBalance period(int index, RetainerPeriod input, Deque<Lot> lots) {
        Retainer terms = input.terms();
        long opening = total(lots);
        lots.addLast(new Lot(index, terms.prepaidSeconds()));
        long adjustment = input.adjustmentSeconds() >= 0 ? add(lots, index, input.adjustmentSeconds()) : -take(lots, -input.adjustmentSeconds());
        long covered = take(lots, input.usedSeconds());
        long overage = input.usedSeconds() - covered;
        long expired = input.endsRetainer() ? take(lots, total(lots)) : expire(lots, index, terms.rollover());
        long rolledOver = lots.stream().filter(lot -> lot.period == index).mapToLong(lot -> lot.seconds).sum();
        Optional<Money> overageAmount = terms.overageRate().map(rate -> rate.priceFor(overage));
        return new RetainerBalance(input.period(), terms, opening, terms.prepaidSeconds(), adjustment, input.usedSeconds(), overage, expired,
                rolledOver, total(lots), overageAmount);
    }

    private static long expire(Deque<Lot> lots, int index, Rollover rollover) {
        long expired = 0;
        if (rollover.expires()) {
            for (Iterator<Lot> it = lots.iterator(); it.hasNext();) {
                Lot lot = it.next();
                if (index - lot.period >= rollover.expiresAfterPeriods()) {
                    expired += lot.seconds;
                    it.remove();
                }
            }
        }
        long beyondLimit = Math.max(0, total(lots) - rollover.limitSeconds());
        return expired + take(lots, beyondLimit);
    }

    private static long add(Deque<Lot> lots, int index, long seconds) {
        if (seconds > 0) {
            lots.addLast(new Lot(index, seconds));
        }
        return seconds;
    }

    /** Takes up to {@code seconds} from the oldest lots first and returns what it took. */
    private static long take(Deque<Lot> lots, long seconds) {
        long taken = 0;
        while (taken < seconds && !lots.isEmpty()) {
            Lot oldest = lots.peekFirst();
            long part = Math.min(oldest.seconds, seconds - taken);
            taken += part;
            oldest.seconds -= part;
            if (oldest.seconds == 0) {
                lots.removeFirst();
            }
        }
        return taken;
    }

    private static long total(Deque<Lot> lots) {
        return lots.stream().mapToLong(lot -> lot.seconds).sum();
    }

    /** Time that joined the balance in one period. */
    private static final class Lot {
        final int period;
        long seconds;

        Lot(int period, long seconds) {
            this.period = period;
            this.seconds = seconds;
        }
    }
}
