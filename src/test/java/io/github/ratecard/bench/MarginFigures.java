package io.github.ratecard.bench;

import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginQuery;
import io.github.ratecard.insight.margin.MarginReader;
import io.github.ratecard.insight.margin.MarginReport;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;

/** The profitability report the benchmark times: every project's 2026 by account, as finance reads it (page or REST). */
final class MarginFigures {

    private final TestDatabase database;
    private final MarginReader reader;
    private final MarginQuery query = new MarginQuery(YearMonth.of(2026, 1), YearMonth.of(2026, 12), MarginGrouping.ACCOUNT, null, null);

    MarginFigures(TestDatabase database, MarginReader reader) {
        this.database = database;
        this.reader = reader;
    }

    MarginReport report() {
        return reader.report(query, project -> true, true);
    }

    int statementsOfOneRead() {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        DatabaseProvider provider = database.entityManager().getProvider();
        provider.addSqlListener(listener);
        try {
            report();
        } finally {
            provider.removeSqlListener(listener);
        }
        return count.get();
    }
}
