package io.github.ratecard.insight.margin;

import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractKind;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.TimeAndMaterials;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a contract makes of an account's revenue, month by month. Under a retainer or a fixed fee, time bills nothing by
 * itself: an account's month in the contract's currency earns what the contract's issued lines say of it (fee, overage,
 * instalments: {@link ContractMonths}), and while no issued invoice bills a retainer's period, its fee spread evenly
 * over the period's months is that month's uninvoiced revenue (overage is known only once a draft composes it; a fixed
 * fee's instalments are revenue only once invoiced). That revenue is spread over the month's lines of work of the
 * account in proportion to their billed hours (worked hours when none is billed, evenly when none is worked), by largest
 * remainder; a month with contract revenue and no work counts it on the account's default project, with no person.
 * Under a cap, time bills as always and what issued invoices wrote off is taken off the lines' revenue in proportion to
 * what each billed, so it shows among the write-offs, never as revenue.
 */
public final class ContractRevenue {

    public static final ContractRevenue NONE = new ContractRevenue(Map.of(), Map.of(), Map.of());

    private final Map<String, Contract> contracts;
    private final Map<String, String> defaultProjects;
    private final Map<InvoicedCell.Key, Long> unbilledFees;

    private ContractRevenue(Map<String, Contract> contracts, Map<String, String> defaultProjects, Map<InvoicedCell.Key, Long> unbilledFees) {
        this.contracts = Map.copyOf(contracts);
        this.defaultProjects = Map.copyOf(defaultProjects);
        this.unbilledFees = Map.copyOf(unbilledFees);
    }

    /**
     * The contracts by account, each account's default project key, and the issued documents of the months from–to
     * (those overlapping them), from which the retainer periods no invoice bills yet are found.
     */
    public static ContractRevenue of(Map<String, Contract> contracts, Map<String, String> defaultProjects, List<IssuedDocument> documents,
                                     YearMonth from, YearMonth to) {
        Map<InvoicedCell.Key, Long> unbilled = new HashMap<>();
        contracts.forEach((account, contract) -> {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                if (contract.termsIn(month) instanceof Retainer retainer) {
                    ContractPeriod period = retainer.period().periodOf(month);
                    if (!billed(documents, account, period)) {
                        unbilled.put(new InvoicedCell.Key(account, retainer.fee().currency().getCurrencyCode(), month),
                                evenPart(retainer.fee(), period, month));
                    }
                }
            }
        });
        return new ContractRevenue(contracts, defaultProjects, unbilled);
    }

    /** The kind of the account's terms in force in the month: time and materials without a contract. */
    public ContractKind kindIn(String accountKey, YearMonth month) {
        return termsIn(accountKey, month).kind();
    }

    /** The retainer fee of the month that no issued invoice bills yet, in the cell's currency; 0 for none. */
    public long unbilledFee(InvoicedCell.Key cell) {
        return unbilledFees.getOrDefault(cell, 0L);
    }

    Map<String, Contract> contracts() {
        return contracts;
    }

    private ContractTerms termsIn(String accountKey, YearMonth month) {
        Contract contract = accountKey == null ? null : contracts.get(accountKey);
        return contract == null ? TimeAndMaterials.INSTANCE : contract.termsIn(month);
    }

    private static boolean billed(List<IssuedDocument> documents, String account, ContractPeriod period) {
        return documents.stream().filter(document -> !document.creditNote() && document.accountKey().equals(account))
                .filter(document -> !YearMonth.from(document.firstDay()).isAfter(period.last()) && !YearMonth.from(document.lastDay()).isBefore(period.first()))
                .anyMatch(document -> document.contractLines().stream().anyMatch(line -> line.kind() == LineKind.RETAINER));
    }

    private static long evenPart(Money fee, ContractPeriod period, YearMonth month) {
        long[] even = new long[period.months()];
        Arrays.fill(even, 1);
        int index = (int) period.first().until(month, java.time.temporal.ChronoUnit.MONTHS);
        return fee.allocate(even).get(index).minorUnits();
    }

    /**
     * The lines with the revenue their account's contract gives them: {@code cells} say what issued documents invoiced.
     * Lines of time-and-materials months stay as they are; a line keeps its position, lines the contract adds come last.
     */
    List<MarginLine> apply(List<MarginLine> lines, List<InvoicedCell> cells) {
        Map<InvoicedCell.Key, InvoicedCell> byKey = new HashMap<>();
        cells.forEach(cell -> byKey.merge(cell.key(), cell, InvoicedCell::plus));
        Map<InvoicedCell.Key, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            MarginLine line = lines.get(i);
            if (line.accountKey() != null && line.currency() != null && !isExpenses(line)) {
                members.computeIfAbsent(new InvoicedCell.Key(line.accountKey(), line.currency(), line.month()), key -> new ArrayList<>()).add(i);
            }
        }
        List<MarginLine> result = new ArrayList<>(lines);
        for (InvoicedCell.Key key : contractCells(byKey, members.keySet())) {
            InvoicedCell cell = byKey.get(key);
            long revenue = (cell == null ? 0 : cell.contractMinor()) + unbilledFee(key);
            List<Integer> own = members.getOrDefault(key, List.of());
            if (own.isEmpty()) {
                if (revenue != 0) {
                    result.add(new MarginLine(defaultProjects.getOrDefault(key.accountKey(), MarginLine.NONE), null, key.accountKey(), null, null,
                            key.currency(), key.month(), new MarginWork(0, 0, 0, 0, revenue, 0, 0, 0, 0)));
                }
                continue;
            }
            List<Money> shares = Money.ofMinor(revenue, key.currency()).allocate(hours(own.stream().map(lines::get).toList()));
            for (int i = 0; i < own.size(); i++) {
                result.set(own.get(i), withBill(lines.get(own.get(i)), shares.get(i).minorUnits()));
            }
        }
        byKey.values().stream().filter(cell -> cell.writtenOffMinor() != 0 && !isContractBilled(cell.key(), cell))
                .forEach(cell -> writeOff(cell, members.getOrDefault(cell.key(), List.of()), result));
        return result;
    }

    /** The cells a retainer or fixed fee bills (of its months and currency, or with contract lines invoiced), in a fixed order. */
    private List<InvoicedCell.Key> contractCells(Map<InvoicedCell.Key, InvoicedCell> byKey, java.util.Set<InvoicedCell.Key> worked) {
        java.util.Set<InvoicedCell.Key> all = new java.util.HashSet<>(worked);
        all.addAll(byKey.keySet());
        all.addAll(unbilledFees.keySet());
        return all.stream().filter(key -> isContractBilled(key, byKey.get(key)))
                .sorted(java.util.Comparator.comparing(InvoicedCell.Key::accountKey).thenComparing(InvoicedCell.Key::currency)
                        .thenComparing(InvoicedCell.Key::month)).toList();
    }

    /** Whether time bills nothing in the cell: a retainer's or fixed fee's month in its currency, or contract lines invoiced. */
    boolean isContractBilled(InvoicedCell.Key key, InvoicedCell cell) {
        if (cell != null && cell.contractMinor() != 0) {
            return true;
        }
        ContractTerms terms = termsIn(key.accountKey(), key.month());
        return (terms.kind() == ContractKind.RETAINER || terms.kind() == ContractKind.FIXED_FEE)
                && terms.currency().map(currency -> currency.getCurrencyCode().equals(key.currency())).orElse(false);
    }

    private static void writeOff(InvoicedCell cell, List<Integer> own, List<MarginLine> result) {
        if (own.isEmpty()) {
            return;
        }
        long[] weights = own.stream().mapToLong(i -> Math.max(0, result.get(i).work().billMinor())).toArray();
        if (Arrays.stream(weights).allMatch(weight -> weight == 0)) {
            Arrays.fill(weights, 1);
        }
        List<Money> shares = Money.ofMinor(cell.writtenOffMinor(), cell.currency()).allocate(weights);
        for (int i = 0; i < own.size(); i++) {
            MarginLine line = result.get(own.get(i));
            result.set(own.get(i), withBill(line, line.work().billMinor() - shares.get(i).minorUnits()));
        }
    }

    /** Billed hours; worked hours when none is billed; even when none is worked. */
    private static long[] hours(List<MarginLine> lines) {
        long[] billed = lines.stream().mapToLong(line -> Math.max(0, line.work().billedSeconds())).toArray();
        if (Arrays.stream(billed).anyMatch(seconds -> seconds > 0)) {
            return billed;
        }
        long[] worked = lines.stream().mapToLong(line -> Math.max(0, line.work().workedSeconds())).toArray();
        if (Arrays.stream(worked).anyMatch(seconds -> seconds > 0)) {
            return worked;
        }
        long[] even = new long[lines.size()];
        Arrays.fill(even, 1);
        return even;
    }

    private static boolean isExpenses(MarginLine line) {
        return MarginExpense.EXPENSES.equals(line.userKey()) && MarginExpense.EXPENSES.equals(line.epicKey());
    }

    private static MarginLine withBill(MarginLine line, long billMinor) {
        MarginWork w = line.work();
        return new MarginLine(line.projectKey(), line.userKey(), line.accountKey(), line.epicKey(), line.level(), line.currency(), line.month(),
                new MarginWork(w.workedSeconds(), w.billableSeconds(), w.billedSeconds(), w.costMinor(), billMinor, w.valueMinor(), w.entries(),
                        w.unpriced(), w.unvalued()));
    }
}
