package io.github.ratecard.store;

import io.github.ratecard.ledger.Rollup;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds up the PROJECT rollup rows of the lines by person as they come, in the order of the line's keys (month, project, person,
 * account, currency): each run of rows with the same keys becomes one line, unless its figures add up to nothing. The keys of a
 * run are compared as read, and its figures added in place, so a row that only adds to a run makes no object that lives on;
 * the people's, accounts' and currencies' names are kept once each, not once per line.
 */
final class PersonLineRuns implements JdbcRollupSums.Each {

    private final List<Rollup> lines;
    private final Map<String, String> names = new HashMap<>();
    private final long[] figures = new long[RollupSums.FIGURES.size()];
    private boolean open;
    private int month;
    private Long projectId;
    private String userKey;
    private String accountKey;
    private String currency;

    PersonLineRuns(List<Rollup> lines) {
        this.lines = lines;
    }

    @Override
    public void accept(JdbcRollupSums.Row row) throws SQLException {
        int rowMonth = row.month(0);
        Long rowProject = row.number(1);
        String rowUser = row.string(2);
        String rowAccount = row.string(3);
        String rowCurrency = row.string(4);
        if (!open || rowMonth != month || !Objects.equals(rowProject, projectId) || !Objects.equals(rowUser, userKey)
                || !Objects.equals(rowAccount, accountKey) || !Objects.equals(rowCurrency, currency)) {
            finish();
            open = true;
            month = rowMonth;
            projectId = rowProject;
            userKey = name(rowUser);
            accountKey = name(rowAccount);
            currency = name(rowCurrency);
        }
        for (int i = 0; i < figures.length; i++) {
            figures[i] += row.figure(i);
        }
    }

    /** Ends the last run; call once after the last row. */
    void finish() {
        if (!open) {
            return;
        }
        Rollup line = new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, projectId, userKey, accountKey, currency, PeriodMonths.decode(month)),
                figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6], figures[7], figures[8]);
        if (!line.isEmpty()) {
            lines.add(line);
        }
        java.util.Arrays.fill(figures, 0);
        open = false;
    }

    private String name(String read) {
        return read == null ? null : names.computeIfAbsent(read, key -> key);
    }
}
