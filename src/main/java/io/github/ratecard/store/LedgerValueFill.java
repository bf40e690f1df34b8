package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.rates.HourlyRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * Model version 3's data for a ledger written before entries had a value, read and written through the tables as
 * version 3 declared them ({@link LedgerEntityModel3}, {@link RollupEntityModel3}) and their column names as of then.
 * First each live entry that names a bill rate gets the value of its worked time at that rate's stored hourly amount,
 * rounded as pricing rounds, in batches read by id. Then each rollup group gets, in one added row, the difference
 * between the billable seconds, values and entries without a value of the ledger and those its rows add up to: the
 * project groups one project at a time, the account groups one account at a time, so that what is held at once is one
 * project's or one account's groups. Every write is a transaction of its own over at most a batch: the first step reads
 * only entries still without a value, the second only adds differences, so a run cut short is finished by the next and
 * a second run changes nothing. A write or read the database refuses ends the run with that exception (the task then
 * fails and runs again at the next start). An entry whose rate is gone or not in its bill's currency stays without a
 * value; non-billable entries name no bill rate and stay without one until they are priced again. An entry the app
 * cannot read (a status or currency it does not know) is reported, neither valued nor counted in the rollups, as the
 * app's own rollup writers leave it out too.
 */
public final class LedgerValueFill {

    static final List<String> STATUSES = List.of("PRICED", "MISSING_COST_RATE", "MISSING_BILL_RATE", "NO_ACCOUNT");
    private static final String LIVE = "DELETED_MILLIS IS NULL";
    private static final String ENTRY_COLUMNS = "ID, PROJECT_ID, AUTHOR_KEY, WORK_DAY, WORKED_SECONDS, BILLABLE, ACCOUNT_KEY, "
            + "COST_MINOR, COST_CURRENCY, BILL_MINOR, BILL_CURRENCY, VALUE_MINOR, BILL_RATE_ID, STATUS";
    private static final String ROLLUP_COLUMNS = "ID, KIND, PROJECT_ID, USER_KEY, ACCOUNT_KEY, CURRENCY, PERIOD_MONTH, PERIOD_DAY, "
            + "BILLABLE_SECONDS, VALUE_MINOR, UNVALUED";

    private final ActiveObjects ao;
    private final int batch;

    /** {@code batch}: the entries read and valued in one transaction, the groups corrected in one transaction. */
    public LedgerValueFill(ActiveObjects ao, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("A batch holds at least one entry, was " + batch);
        }
        this.ao = ao;
        this.batch = batch;
    }

    /** What one run did: entries valued, entries left without a value (rate gone or in another currency), entries not readable, groups corrected. */
    public record Outcome(long valued, long withoutRate, long unreadable, long groupsCorrected) {
    }

    /** Both steps; {@code skipped} hears of each entry left without a value and why. Throws what the database throws. */
    public Outcome run(ItemFailures skipped) {
        long[] values = valueEntries(skipped);
        Set<Long> unreadable = new HashSet<>();
        long groups = 0;
        for (Long project = nextProject(null); project != null; project = nextProject(project)) {
            groups += correct(Scope.project(project), unreadable, skipped);
        }
        for (String account = nextAccount(null); account != null; account = nextAccount(account)) {
            groups += correct(Scope.account(account), unreadable, skipped);
        }
        return new Outcome(values[0], values[1], unreadable.size(), groups);
    }

    private long[] valueEntries(ItemFailures skipped) {
        Map<Long, Optional<StoredRate>> rates = new HashMap<>();
        long valued = 0;
        long withoutRate = 0;
        long after = 0;
        String withoutValue = "ID > ? AND VALUE_MINOR IS NULL AND BILL_RATE_ID IS NOT NULL AND " + LIVE;
        LedgerEntityModel3[] rows;
        while ((rows = ao.find(LedgerEntityModel3.class, Query.select(ENTRY_COLUMNS).where(withoutValue, after).order("ID").limit(batch)))
                .length > 0) {
            after = rows[rows.length - 1].getId();
            loadRates(rows, rates);
            Map<LedgerEntityModel3, Long> found = new HashMap<>();
            for (LedgerEntityModel3 row : rows) {
                if (notReadable(row).isPresent()) {
                    continue;
                }
                Optional<StoredRate> rate = rates.get(row.getBillRateId());
                Optional<String> without = rate.isEmpty() ? Optional.of("its bill rate " + row.getBillRateId() + " is gone")
                        : rate.get().currency().equals(row.getBillCurrency()) ? Optional.empty()
                        : Optional.of("its bill rate " + row.getBillRateId() + " is in " + rate.get().currency() + ", its bill in "
                                + row.getBillCurrency());
                if (without.isPresent()) {
                    skipped.failed("ledger row " + row.getId(), new IllegalStateException(without.get()));
                    withoutRate++;
                } else {
                    found.put(row, rate.get().priceFor(row.getWorkedSeconds()));
                }
            }
            if (!found.isEmpty()) {
                ao.executeInTransaction(() -> {
                    found.forEach((row, minor) -> {
                        row.setValueMinor(minor);
                        row.save();
                    });
                    return null;
                });
                valued += found.size();
            }
        }
        return new long[] {valued, withoutRate};
    }

    /** Why the app cannot read the entry of this row, if it cannot. */
    static Optional<String> notReadable(LedgerEntityModel3 row) {
        return notReadable(row.getStatus(), row.getCostMinor(), row.getCostCurrency(), row.getBillMinor(), row.getBillCurrency());
    }

    static Optional<String> notReadable(String status, Long costMinor, String costCurrency, Long billMinor, String billCurrency) {
        if (!STATUSES.contains(status)) {
            return Optional.of("its pricing status " + status + " is unknown");
        }
        if (costMinor != null && !isCurrency(costCurrency)) {
            return Optional.of("its cost's currency " + costCurrency + " is unknown");
        }
        if (billMinor != null && !isCurrency(billCurrency)) {
            return Optional.of("its bill's currency " + billCurrency + " is unknown");
        }
        return Optional.empty();
    }

    static boolean isCurrency(String code) {
        try {
            return code != null && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A rate's row as stored; an amount that is no hourly rate fails the run (a rate row the app could not price with either). */
    private record StoredRate(long amountE4, String currency) {
        long priceFor(long seconds) {
            return HourlyRate.ofTenThousandths(amountE4, Currency.getInstance(currency)).priceFor(seconds).minorUnits();
        }
    }

    private void loadRates(LedgerEntityModel3[] rows, Map<Long, Optional<StoredRate>> rates) {
        Set<Long> wanted = new HashSet<>();
        for (LedgerEntityModel3 row : rows) {
            if (!rates.containsKey(row.getBillRateId())) {
                wanted.add(row.getBillRateId());
            }
        }
        for (List<Long> chunk : Sql.chunks(wanted, LedgerRows.IN_CHUNK)) {
            chunk.forEach(id -> rates.put(id, Optional.empty()));
            for (RateEntity rate : ao.find(RateEntity.class, Query.select("ID, AMOUNT_E4, CURRENCY")
                    .where("ID" + Sql.in(chunk.size()), chunk.stream().map(Long::intValue).toArray()))) {
                rates.put((long) rate.getID(), Optional.of(new StoredRate(rate.getAmountE4(), rate.getCurrency())));
            }
        }
    }

    private Long nextProject(Long after) {
        Long inLedger = first(ao.find(LedgerEntityModel3.class, Query.select("ID, PROJECT_ID")
                .where("PROJECT_ID > ?", after == null ? Long.MIN_VALUE : after).order("PROJECT_ID").limit(1)), LedgerEntityModel3::getProjectId);
        Long inRollups = first(ao.find(RollupEntityModel3.class, Query.select("ID, PROJECT_ID")
                .where("PROJECT_ID > ?", after == null ? Long.MIN_VALUE : after).order("PROJECT_ID").limit(1)), RollupEntityModel3::getProjectId);
        if (inLedger == null || inRollups == null) {
            return inLedger == null ? inRollups : inLedger;
        }
        return Math.min(inLedger, inRollups);
    }

    private String nextAccount(String after) {
        String where = after == null ? "ACCOUNT_KEY IS NOT NULL" : "ACCOUNT_KEY > ?";
        Object[] parameters = after == null ? new Object[0] : new Object[] {after};
        String inLedger = first(ao.find(LedgerEntityModel3.class, Query.select("ID, ACCOUNT_KEY").where(where, parameters).order("ACCOUNT_KEY")
                .limit(1)), LedgerEntityModel3::getAccountKey);
        String inRollups = first(ao.find(RollupEntityModel3.class, Query.select("ID, ACCOUNT_KEY").where(where, parameters).order("ACCOUNT_KEY")
                .limit(1)), RollupEntityModel3::getAccountKey);
        return inLedger == null ? inRollups : inRollups == null ? inLedger : inLedger.compareTo(inRollups) <= 0 ? inLedger : inRollups;
    }

    private static <R, T> T first(R[] rows, java.util.function.Function<R, T> column) {
        return rows.length == 0 ? null : column.apply(rows[0]);
    }

    /** Adds to the scope's groups their differences from the ledger; returns the groups corrected. */
    private long correct(Scope scope, Set<Long> unreadable, ItemFailures skipped) {
        Map<Group, long[]> difference = new HashMap<>();
        ao.stream(LedgerEntityModel3.class, Query.select(ENTRY_COLUMNS).where(scope.ledgerColumn + " = ? AND " + LIVE, scope.value), row -> {
            Optional<String> notReadable = notReadable(row);
            if (notReadable.isPresent()) {
                if (unreadable.add(row.getId())) {
                    skipped.failed("ledger row " + row.getId(), new IllegalStateException(notReadable.get()));
                }
                return;
            }
            for (Group group : scope.groupsOf(row)) {
                long[] sum = difference.computeIfAbsent(group, g -> new long[3]);
                sum[0] += row.isBillable() ? row.getWorkedSeconds() : 0;
                sum[1] += row.getValueMinor() == null ? 0 : row.getValueMinor();
                sum[2] += row.getValueMinor() == null ? 1 : 0;
            }
        });
        ao.stream(RollupEntityModel3.class, Query.select(ROLLUP_COLUMNS).where("KIND IN (?, ?) AND " + scope.ledgerColumn + " = ?",
                scope.monthly, scope.daily, scope.value), row -> {
                    long[] sum = difference.computeIfAbsent(Group.of(row), g -> new long[3]);
                    sum[0] -= row.getBillableSeconds();
                    sum[1] -= row.getValueMinor();
                    sum[2] -= row.getUnvalued();
                });
        List<Map<String, Object>> rows = new ArrayList<>();
        difference.forEach((group, sum) -> {
            if (sum[0] != 0 || sum[1] != 0 || sum[2] != 0) {
                rows.add(group.row(sum));
            }
        });
        for (int from = 0; from < rows.size(); from += batch) {
            List<Map<String, Object>> part = rows.subList(from, Math.min(rows.size(), from + batch));
            ao.executeInTransaction(() -> {
                ao.create(RollupEntityModel3.class, part);
                return null;
            });
        }
        return rows.size();
    }

    /** One project's groups (of kinds PROJECT and PROJECT_DAY) or one account's (ACCOUNT and ACCOUNT_DAY). */
    record Scope(String ledgerColumn, Object value, String monthly, String daily) {
        static Scope project(long project) {
            return new Scope("PROJECT_ID", project, "PROJECT", "PROJECT_DAY");
        }

        static Scope account(String account) {
            return new Scope("ACCOUNT_KEY", account, "ACCOUNT", "ACCOUNT_DAY");
        }

        /** The scope's two groups an entry counts in, as model version 3's rollups group entries. */
        List<Group> groupsOf(LedgerEntityModel3 row) {
            return groupsOf(row.getProjectId(), row.getAuthorKey(), row.getAccountKey(), row.getBillMinor() == null ? null : row.getBillCurrency(),
                    row.getWorkDay());
        }

        /** The same for an entry's columns; {@code currency} is its bill's, or empty when it has no bill amount. */
        List<Group> groupsOf(long projectId, String author, String account, String currency, long workDay) {
            LocalDate day = LocalDate.ofEpochDay(workDay);
            int month = day.getYear() * 100 + day.getMonthValue();
            Long project = monthly.equals("PROJECT") ? projectId : null;
            return List.of(new Group(monthly, project, project == null ? null : author, account, currency, month, null),
                    new Group(daily, project, null, account, currency, month, workDay));
        }
    }

    /** A rollup group by the columns that name it. */
    record Group(String kind, Long project, String user, String account, String currency, int month, Long day) {
        static Group of(RollupEntityModel3 row) {
            return new Group(row.getKind(), row.getProjectId(), row.getUserKey(), row.getAccountKey(), row.getCurrency(), row.getPeriodMonth(),
                    row.getPeriodDay());
        }

        Map<String, Object> row(long[] difference) {
            Map<String, Object> row = new HashMap<>();
            row.put("KIND", kind);
            row.put("PROJECT_ID", project);
            row.put("USER_KEY", user);
            row.put("ACCOUNT_KEY", account);
            row.put("CURRENCY", currency);
            row.put("PERIOD_MONTH", month);
            row.put("PERIOD_DAY", day);
            for (String zero : List.of("WORKED_SECONDS", "BILLED_SECONDS", "COST_MINOR", "BILL_MINOR", "ENTRIES", "UNPRICED")) {
                row.put(zero, 0L);
            }
            row.put("BILLABLE_SECONDS", difference[0]);
            row.put("VALUE_MINOR", difference[1]);
            row.put("UNVALUED", difference[2]);
            return row;
        }
    }
}
