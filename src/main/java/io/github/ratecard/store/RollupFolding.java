package io.github.ratecard.store;

import static io.github.ratecard.store.LedgerRows.IN_CHUNK;
import static io.github.ratecard.store.Sql.in;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.ledger.Rollup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import net.java.ao.Query;

/**
 * The folding of RC_ROLLUP, one window (a kind's month) at a time: it reads a window's rows in the order of their
 * groups and holds only the groups to fold (several rows, or an empty sum), never the table. A node remembers the
 * highest row ID its last run saw and then reads only the windows that rows above it fell in; its first run, every
 * {@value #FULL_PASS_EVERY}th run, and a window that failed or held more rows to fold than are held at once ({@value #HELD_ROWS}
 * by default, a group never split: the rest waits for the next run) are read again in full, which also catches a row whose ID
 * was handed out before that mark but committed after it. A group is folded by deleting the very rows read and adding
 * their sum, so a row another node appends meanwhile is never lost.
 */
final class RollupFolding {

    static final int FULL_PASS_EVERY = 60;
    static final int HELD_ROWS = 100_000;
    private static final int FOLD_CHUNK = 200;
    private static final long NONE = -1;
    private static final String ORDER = String.join(", ", RollupEntity.PROJECT_ID, RollupEntity.USER_KEY, RollupEntity.ACCOUNT_KEY,
            RollupEntity.CURRENCY, RollupEntity.PERIOD_DAY, RollupEntity.ID);

    private record Window(String kind, int month) {
    }

    private record Group(Rollup sum, List<Long> ids) {

        boolean foldable() {
            return ids.size() > 1 || sum.isEmpty();
        }
    }

    private final ActiveObjects ao;
    private final Function<RollupEntity, Rollup> reader;
    private final Set<Window> unfinished = new LinkedHashSet<>();
    private long seenThrough = NONE;
    private final int heldRows;
    private int runs;

    RollupFolding(ActiveObjects ao, Function<RollupEntity, Rollup> reader, int heldRows) {
        this.ao = ao;
        this.reader = reader;
        this.heldRows = heldRows;
    }

    synchronized long fold(ItemFailures failures, Consumer<List<Rollup>> adder) {
        long highest = highestId();
        boolean fullPass = runs++ % FULL_PASS_EVERY == 0;
        Set<Window> windows = new LinkedHashSet<>(unfinished);
        windows.addAll(windowsAbove(fullPass ? NONE : seenThrough, highest));
        long removed = 0;
        for (Window window : windows) {
            unfinished.remove(window);
            removed += fold(window, failures, adder);
        }
        seenThrough = highest;
        return removed;
    }

    private long highestId() {
        RollupEntity[] highest = ao.find(RollupEntity.class, Query.select(RollupEntity.ID).order(RollupEntity.ID + " DESC").limit(1));
        return highest.length == 0 ? NONE : highest[0].getId();
    }

    /** The windows holding a row whose ID is above {@code after} and not above {@code through}. */
    private List<Window> windowsAbove(long after, long through) {
        List<Window> windows = new ArrayList<>();
        ao.stream(RollupEntity.class, RollupSums.select(List.of(RollupEntity.KIND, RollupEntity.PERIOD_MONTH), List.of())
                .where(RollupEntity.ID + " > ? AND " + RollupEntity.ID + " <= ?", after, through),
                row -> windows.add(new Window(row.getKind(), row.getPeriodMonth())));
        return windows;
    }

    private long fold(Window window, ItemFailures failures, Consumer<List<Rollup>> adder) {
        List<Group> foldable = new ArrayList<>();
        try {
            foldable = foldableGroups(window, failures);
        } catch (RuntimeException e) {
            unfinished.add(window);
            failures.failed("rollup rows of " + window.kind() + " " + window.month(), e);
        }
        long removed = 0;
        for (int start = 0; start < foldable.size(); start += FOLD_CHUNK) {
            List<Group> chunk = foldable.subList(start, Math.min(foldable.size(), start + FOLD_CHUNK));
            try {
                removed += ao.executeInTransaction(() -> replace(chunk, adder));
            } catch (RuntimeException e) {
                unfinished.add(window);
                failures.failed("rollup groups " + chunk.get(0).sum().key() + " and " + (chunk.size() - 1) + " more", e);
            }
        }
        return removed;
    }

    /** The window's groups to fold, read in the order of their keys so that only the group being read is held besides them. */
    private List<Group> foldableGroups(Window window, ItemFailures failures) {
        List<Group> foldable = new ArrayList<>();
        Group[] current = {null};
        boolean[] unreadable = {false};
        int[] held = {0};
        boolean[] leftOver = {false};
        ao.stream(RollupEntity.class, Query.select(AoRollupStore.ROLLUP_COLUMNS)
                .where(RollupEntity.KIND + " = ? AND " + RollupEntity.PERIOD_MONTH + " = ?", window.kind(), window.month())
                .order(ORDER), row -> {
            Rollup rollup;
            try {
                rollup = reader.apply(row);
            } catch (RuntimeException e) {
                unreadable[0] = true;
                failures.failed("rollup row " + row.getId(), e);
                return;
            }
            Group group = current[0];
            if (group != null && group.sum().key().equals(rollup.key())) {
                group.ids().add(row.getId());
                current[0] = new Group(group.sum().plus(rollup), group.ids());
            } else {
                leftOver[0] |= !keepIfFoldable(group, foldable, held);
                List<Long> ids = new ArrayList<>(2);
                ids.add(row.getId());
                current[0] = new Group(rollup, ids);
            }
        });
        leftOver[0] |= !keepIfFoldable(current[0], foldable, held);
        if (unreadable[0] || leftOver[0]) {
            unfinished.add(window);
        }
        return foldable;
    }

    /** Keeps a group to fold unless that would hold more rows than allowed; false when the group is left for the next run. */
    private boolean keepIfFoldable(Group group, List<Group> foldable, int[] held) {
        if (group == null || !group.foldable()) {
            return true;
        }
        if (held[0] + group.ids().size() > heldRows && !foldable.isEmpty()) {
            return false;
        }
        held[0] += group.ids().size();
        foldable.add(group);
        return true;
    }

    /** Replaces the rows read of each group by one row of their sum (none for an empty sum); returns the rows removed. */
    private long replace(List<Group> groups, Consumer<List<Rollup>> adder) {
        List<Long> ids = new ArrayList<>();
        List<Rollup> sums = new ArrayList<>();
        for (Group group : groups) {
            ids.addAll(group.ids());
            sums.add(group.sum());
        }
        long rows = 0;
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            int deleted = ao.deleteWithSQL(RollupEntity.class, RollupEntity.ID + in(part.size()), part.toArray());
            if (deleted != part.size()) {
                // folded elsewhere meanwhile: adding these sums too would count those rows twice
                throw new IllegalStateException("Rollup rows were folded by another run meanwhile: " + (part.size() - deleted) + " of " + part.size());
            }
            rows += deleted;
        }
        adder.accept(sums);
        return rows - sums.stream().filter(sum -> !sum.isEmpty()).count();
    }
}
