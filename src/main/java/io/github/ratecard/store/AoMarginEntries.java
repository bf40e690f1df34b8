package io.github.ratecard.store;

import static io.github.ratecard.store.LedgerRows.LIVE;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.domain.Page;
import io.github.ratecard.insight.margin.MarginEntries;
import io.github.ratecard.ledger.LedgerEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;

/** The entries behind a report figure: the ledger's account_day, project_day or author_day index leads, the other filters narrow. */
public class AoMarginEntries implements MarginEntries {

    private final ActiveObjects ao;

    public AoMarginEntries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<LedgerEntry> entries(Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(LIVE);
        List<Object> parameters = new ArrayList<>();
        if (filter.projectId() != null) {
            where.append(" AND ").append(LedgerEntity.PROJECT_ID).append(" = ?");
            parameters.add(filter.projectId());
        }
        if (filter.accountKey() != null) {
            where.append(" AND ").append(LedgerEntity.ACCOUNT_KEY).append(" = ?");
            parameters.add(filter.accountKey());
        }
        if (filter.userKey() != null) {
            where.append(" AND ").append(LedgerEntity.AUTHOR_KEY).append(" = ?");
            parameters.add(filter.userKey());
        }
        where.append(" AND ").append(LedgerEntity.WORK_DAY).append(" >= ? AND ").append(LedgerEntity.WORK_DAY).append(" <= ?");
        parameters.add(filter.first().toEpochDay());
        parameters.add(filter.last().toEpochDay());
        Object[] values = parameters.toArray();
        List<LedgerEntry> items = Arrays.stream(ao.find(LedgerEntity.class, Query.select().where(where.toString(), values)
                        .order(LedgerEntity.WORK_DAY + " DESC, " + LedgerEntity.ID + " DESC").offset(offset).limit(limit)))
                .map(LedgerRows::entry).toList();
        long total = items.size() < limit && (offset == 0 || !items.isEmpty()) ? offset + items.size()
                : ao.count(LedgerEntity.class, Query.select().where(where.toString(), values));
        return new Page<>(items, offset, limit, total);
    }
}
