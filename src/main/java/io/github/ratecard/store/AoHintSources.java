package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.insight.hints.HintFacts;
import io.github.ratecard.insight.hints.HintSources;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.ledger.Rollup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;

/** The hints' reads of RC_PROJECT_ACCOUNT, RC_INVOICE and RC_ROLLUP, each one statement that returns only the columns and groups the rules need. */
public class AoHintSources implements HintSources {

    private static final List<String> PROJECT_MONTH = List.of(RollupEntity.PROJECT_ID, RollupEntity.ACCOUNT_KEY, RollupEntity.PERIOD_MONTH);

    private final ActiveObjects ao;

    public AoHintSources(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Set<Long>> linkedProjects() {
        Map<String, Set<Long>> linked = new HashMap<>();
        ao.stream(ProjectAccountEntity.class, Query.select("ID, " + ProjectAccountEntity.PROJECT_ID + ", " + ProjectAccountEntity.ACCOUNT_KEY),
                row -> linked.computeIfAbsent(row.getAccountKey(), key -> new TreeSet<>()).add(row.getProjectId()));
        return linked;
    }

    @Override
    public List<HintFacts.Invoiced> issuedPeriods(DateRange days) {
        List<HintFacts.Invoiced> found = new ArrayList<>();
        ao.stream(InvoiceEntity.class, Query.select("ID, " + InvoiceEntity.ACCOUNT_KEY + ", " + InvoiceEntity.FIRST_DAY + ", " + InvoiceEntity.LAST_DAY)
                .where(InvoiceEntity.STATUS + " = ? AND " + InvoiceEntity.KIND + " = ? AND " + InvoiceEntity.FIRST_DAY + " <= ? AND "
                        + InvoiceEntity.LAST_DAY + " >= ?", InvoiceStatus.ISSUED.name(), InvoiceKind.INVOICE.name(), days.last().toEpochDay(),
                        days.first().toEpochDay()),
                row -> found.add(new HintFacts.Invoiced(row.getAccountKey(),
                        new DateRange(LocalDate.ofEpochDay(row.getFirstDay()), LocalDate.ofEpochDay(row.getLastDay())))));
        return found;
    }

    @Override
    public List<HintFacts.ProjectMonth> projectMonths(YearMonth from, YearMonth to) {
        List<HintFacts.ProjectMonth> found = new ArrayList<>();
        ao.stream(RollupEntity.class, RollupSums.select(PROJECT_MONTH, RollupSums.FIGURES).where(RollupEntity.KIND + " = ? AND "
                + RollupEntity.PROJECT_ID + " IS NOT NULL AND " + RollupEntity.PERIOD_MONTH + " BETWEEN ? AND ?", Rollup.Kind.PROJECT.name(),
                PeriodMonths.bound(from), PeriodMonths.bound(to)), row -> {
                    if (!isEmpty(row)) {
                        found.add(new HintFacts.ProjectMonth(row.getProjectId(), row.getAccountKey(), PeriodMonths.decode(row.getPeriodMonth()),
                                row.getUnpriced()));
                    }
                });
        return found;
    }

    /** From the PERSON rollups, as utilisation reads them. */
    @Override
    public Map<String, Long> loggedSeconds(YearMonth month) {
        Map<String, Long> logged = new HashMap<>();
        new AoUtilisationRollups(ao).between(month, month).forEach(row -> logged.merge(row.userKey(), row.loggedSeconds(), Long::sum));
        return logged;
    }

    private static boolean isEmpty(RollupEntity row) {
        return row.getWorkedSeconds() == 0 && row.getBilledSeconds() == 0 && row.getCostMinor() == 0 && row.getBillMinor() == 0
                && row.getEntries() == 0 && row.getUnpriced() == 0 && row.getBillableSeconds() == 0 && row.getValueMinor() == 0
                && row.getUnvalued() == 0;
    }
}
