package io.github.ratecard.store;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.invoice.AdjustmentsChangedException;
import io.github.ratecard.invoice.DocumentClaimedException;
import io.github.ratecard.invoice.InvoiceParties;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.IssueWriter;
import io.github.ratecard.invoice.RequestKeyTakenException;
import io.github.ratecard.invoice.SequenceBusyException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Issuing as JDBC batches in one transaction of the app's own, which SAL's executor opens ({@code requiresNew}) and
 * the host commits: the frozen parties (one row per document: a second issuer of the same draft waits for the first
 * and then is told the document is claimed), the number drawn from its sequence row, the invoice row updated only
 * while it is a draft, its lines, the worklogs' links, their ledger entries marked invoiced, the adjustments billed,
 * the audit entry and the request key. No Active Objects write takes part. The ledger entries are marked as the
 * Active Objects path marks them, by deleting the rows read and inserting them again with the mark, so that a ledger
 * keeper that read a row before the issue fails its removal and tries again; every set-based change checks its count.
 * The tables are checked once in the database's catalogue (see {@link AoTable}); when one is not as expected, issuing
 * goes through the stores, with one warning.
 */
public class JdbcIssueWriter implements IssueWriter {

    private static final int CHUNK = LedgerRows.IN_CHUNK;
    private static final String REFRESH = ": refresh the draft";
    private static final List<Class<? extends net.java.ao.RawEntity<?>>> ENTITIES = List.of(InvoiceEntity.class, InvoiceLineEntity.class,
            InvoiceNumberEntity.class, SequenceEntity.class, InvoicePartiesEntity.class, InvoicedWorkEntity.class, LedgerEntity.class,
            AdjustmentEntity.class, AuditEntity.class, RequestKeyEntity.class);

    private final TransactionalExecutorFactory executors;
    private final String namespace;
    private final AoAuditLog audit;
    private final Clock clock;
    private final Consumer<String> warnings;
    private volatile Map<Class<?>, AoTable> tables;
    private volatile boolean off;

    /** {@code namespace} is the {@code <ao>} module's, from which Jira names the app's tables. */
    public JdbcIssueWriter(TransactionalExecutorFactory executors, String namespace, AoAuditLog audit, Clock clock) {
        this(executors, namespace, audit, clock, LoggerFactory.getLogger(JdbcIssueWriter.class)::warn);
    }

    JdbcIssueWriter(TransactionalExecutorFactory executors, String namespace, AoAuditLog audit, Clock clock, Consumer<String> warnings) {
        this.executors = executors;
        this.namespace = namespace;
        this.audit = audit;
        this.clock = clock;
        this.warnings = warnings;
    }

    @Override
    public boolean available() {
        if (tables == null && !off) {
            try {
                executors.createExecutor(true, true).execute(connection -> {
                    try {
                        return tables(connection);
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not read the database's catalogue", e);
                    }
                });
            } catch (RuntimeException e) {
                warnings.accept("Ratecard issues this invoice through Active Objects: its tables could not be checked yet: " + e.getMessage());
                return false;
            }
        }
        return !off;
    }

    @Override
    public void write(Issue issue) {
        inTransactionOfItsOwn("Could not issue invoice " + issue.invoiceId(), connection -> write(connection, issue));
    }

    @Override
    public void refuseOnceClaimed(long invoiceId, InvoiceParties.Parties parties, RuntimeException refusal) {
        inTransactionOfItsOwn("Could not claim invoice " + invoiceId, connection -> {
            Map<Class<?>, AoTable> checked = tables(connection);
            if (checked == null) {
                throw new IllegalStateException("The invoice tables are not as expected");
            }
            insertOne(connection, checked.get(InvoicePartiesEntity.class), AoInvoicePartiesStore.row(invoiceId, parties),
                    e -> new DocumentClaimedException(invoiceId, e));
            throw refusal;
        });
    }

    /** JDBC work on a connection of a transaction of the app's own, committed unless it throws; the app's own exception unwrapped. */
    private void inTransactionOfItsOwn(String failure, JdbcWork work) {
        try {
            executors.createExecutor(false, true).execute(connection -> {
                try {
                    work.on(connection);
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException(failure, e);
                }
            });
        } catch (RuntimeException e) {
            throw answer(e);
        }
    }

    private interface JdbcWork {
        void on(Connection connection) throws SQLException;
    }

    /** The app's own exception the host may have wrapped, or the failure as it is. */
    private static RuntimeException answer(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictException || cause instanceof DocumentClaimedException || cause instanceof SequenceBusyException
                    || cause instanceof RequestKeyTakenException || cause instanceof io.github.ratecard.domain.InvalidInputException) {
                return (RuntimeException) cause;
            }
        }
        return failure;
    }

    private void write(Connection connection, Issue issue) throws SQLException {
        Map<Class<?>, AoTable> checked = tables(connection);
        if (checked == null) {
            throw new IllegalStateException("The invoice tables are not as expected");
        }
        long id = issue.invoiceId();
        insertOne(connection, checked.get(InvoicePartiesEntity.class), AoInvoicePartiesStore.row(id, issue.parties()),
                e -> new DocumentClaimedException(id, e));
        Numbered numbered = issue.numbered().apply(issue.draw().take(key -> next(connection, checked.get(SequenceEntity.class), key),
                number -> taken(connection, checked.get(InvoiceNumberEntity.class), number)));
        String number = numbered.issued().number().orElseThrow();
        JdbcRows.insert(connection, checked.get(InvoiceNumberEntity.class), List.of(Map.of(InvoiceNumberEntity.NUMBER, number,
                InvoiceNumberEntity.INVOICE_ID, id)));
        updateDraft(connection, checked.get(InvoiceEntity.class), id, InvoiceRows.changing(numbered.issued()));
        AoTable lines = checked.get(InvoiceLineEntity.class);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + lines.name() + " WHERE "
                + lines.column(InvoiceLineEntity.INVOICE_ID) + " = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        JdbcRows.insert(connection, lines, InvoiceRows.lines(id, numbered.issued().lines()));
        link(connection, checked.get(InvoicedWorkEntity.class), issue.links());
        mark(connection, checked.get(LedgerEntity.class), issue.links().stream().map(InvoicedWork::worklogId).sorted().toList());
        billAdjustments(connection, checked.get(AdjustmentEntity.class), issue.adjusted(), id);
        Audited audited = numbered.audited();
        JdbcRows.insert(connection, checked.get(AuditEntity.class), List.of(audit.row(audited.type(), audited.subject(), audited.action(),
                audited.before(), audited.after())));
        if (issue.requestKey().isPresent()) {
            var key = issue.requestKey().get();
            insertOne(connection, checked.get(RequestKeyEntity.class), AoRequestKeys.row(key.user(), key.key(), key.fingerprint(), id,
                    clock.millis()), RequestKeyTakenException::new);
        }
    }

    private static void insertOne(Connection connection, AoTable table, Map<String, Object> row,
                                  java.util.function.Function<SQLException, RuntimeException> taken) throws SQLException {
        try {
            JdbcRows.insert(connection, table, List.of(row));
        } catch (SQLException e) {
            if (Sql.isConflict(e)) {
                throw taken.apply(e);
            }
            throw e;
        }
    }

    /** The sequence's next number: its row deleted only while it still holds the number read, and the next inserted. */
    private static long next(Connection connection, AoTable sequence, String key) {
        String seqKey = sequence.column(SequenceEntity.SEQ_KEY);
        String nextValue = sequence.column(SequenceEntity.NEXT_VALUE);
        try {
            long value;
            try (PreparedStatement read = connection.prepareStatement("SELECT " + nextValue + " FROM " + sequence.name() + " WHERE " + seqKey
                    + " = ?")) {
                read.setString(1, key);
                try (ResultSet rows = read.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("Sequence " + key + " was not prepared");
                    }
                    value = rows.getLong(1);
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + sequence.name() + " WHERE " + seqKey + " = ? AND "
                    + nextValue + " = ?")) {
                delete.setString(1, key);
                delete.setLong(2, value);
                if (delete.executeUpdate() != 1) {
                    throw new SequenceBusyException(key, null);
                }
            }
            JdbcRows.insert(connection, sequence, List.of(Map.of(SequenceEntity.SEQ_KEY, key, SequenceEntity.NEXT_VALUE, value + 1)));
            return value;
        } catch (SQLException e) {
            if (Sql.isConflict(e)) {
                throw new SequenceBusyException(key, e);
            }
            throw new IllegalStateException("Could not draw a number of " + key, e);
        }
    }

    private static boolean taken(Connection connection, AoTable numbers, String number) {
        try (PreparedStatement read = connection.prepareStatement("SELECT COUNT(*) FROM " + numbers.name() + " WHERE "
                + numbers.column(InvoiceNumberEntity.NUMBER) + " = ?")) {
            read.setString(1, number);
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the issued numbers", e);
        }
    }

    private static void updateDraft(Connection connection, AoTable invoices, long id, Map<String, Object> columns) throws SQLException {
        List<String> names = new ArrayList<>(columns.keySet());
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + invoices.name() + " SET " + String.join(", ",
                names.stream().map(name -> invoices.column(name) + " = ?").toList()) + " WHERE " + invoices.key() + " = ? AND "
                + invoices.column(InvoiceEntity.STATUS) + " = ?")) {
            for (int i = 0; i < names.size(); i++) {
                JdbcRows.bind(update, i + 1, columns.get(names.get(i)), invoices.type(names.get(i)));
            }
            update.setLong(names.size() + 1, id);
            update.setString(names.size() + 2, InvoiceStatus.DRAFT.name());
            if (update.executeUpdate() != 1) {
                throw new DocumentClaimedException(id, null);
            }
        }
    }

    /** The links, in worklog order (so that two issuers of overlapping work meet on the first worklog they share, not in a deadlock). */
    private static void link(Connection connection, AoTable links, List<InvoicedWork> work) throws SQLException {
        List<InvoicedWork> ordered = work.stream().sorted(Comparator.comparingLong(InvoicedWork::worklogId)).toList();
        String worklogId = links.column(InvoicedWorkEntity.WORKLOG_ID);
        for (int start = 0; start < ordered.size(); start += CHUNK) {
            List<InvoicedWork> chunk = ordered.subList(start, Math.min(ordered.size(), start + CHUNK));
            try (PreparedStatement read = connection.prepareStatement("SELECT " + worklogId + ", " + links.column(InvoicedWorkEntity.INVOICE_ID)
                    + " FROM " + links.name() + " WHERE " + worklogId + Sql.in(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    read.setLong(i + 1, chunk.get(i).worklogId());
                }
                try (ResultSet rows = read.executeQuery()) {
                    if (rows.next()) {
                        throw new ConflictException("lines", "Worklog " + rows.getLong(1) + " is billed already, on invoice " + rows.getLong(2)
                                + REFRESH);
                    }
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>(ordered.size());
        ordered.forEach(row -> rows.add(AoInvoicedWorkStore.row(row)));
        try {
            JdbcRows.insert(connection, links, rows);
        } catch (SQLException e) {
            if (Sql.isConflict(e)) {
                throw new ConflictException("lines", "Another invoice billed some of these worklogs at the same moment" + REFRESH);
            }
            throw e;
        }
    }

    /**
     * Per 500 worklogs: their live, un-invoiced rows read (all must be there), deleted by id (all must go), and inserted
     * again marked invoiced.
     */
    private static void mark(Connection connection, AoTable ledger, List<Long> worklogIds) throws SQLException {
        List<String> columns = ledger.insertColumns();
        for (List<Long> chunk : Sql.chunks(worklogIds, CHUNK)) {
            List<Long> rowIds = new ArrayList<>(chunk.size());
            List<Map<String, Object>> marked = new ArrayList<>(chunk.size());
            try (PreparedStatement read = connection.prepareStatement("SELECT " + ledger.key() + ", " + String.join(", ",
                    columns.stream().map(ledger::column).toList()) + " FROM " + ledger.name() + " WHERE " + ledger.column(LedgerEntity.WORKLOG_ID)
                    + Sql.in(chunk.size()) + " AND " + ledger.column(LedgerEntity.DELETED_MILLIS) + " IS NULL AND "
                    + ledger.column(LedgerEntity.INVOICED) + " = ?")) {
                for (int i = 0; i < chunk.size(); i++) {
                    read.setLong(i + 1, chunk.get(i));
                }
                read.setBoolean(chunk.size() + 1, false);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        rowIds.add(rows.getLong(1));
                        Map<String, Object> row = new java.util.HashMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            row.put(columns.get(i), JdbcRows.value(rows, i + 2));
                        }
                        row.put(LedgerEntity.INVOICED, true);
                        marked.add(row);
                    }
                }
            }
            if (rowIds.size() != chunk.size() || delete(connection, ledger, rowIds) != rowIds.size()) {
                throw changed();
            }
            JdbcRows.insert(connection, ledger, marked);
        }
    }

    private static int delete(Connection connection, AoTable ledger, List<Long> rowIds) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + ledger.name() + " WHERE " + ledger.key()
                + Sql.in(rowIds.size()))) {
            for (int i = 0; i < rowIds.size(); i++) {
                delete.setLong(i + 1, rowIds.get(i));
            }
            return delete.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isConflict(e)) {
                throw changed();
            }
            throw e;
        }
    }

    private static ConflictException changed() {
        return new ConflictException("lines", "Jira changed or deleted worklogs of this draft while it was issued" + REFRESH);
    }

    /** The pending adjustments the invoice bills, one per worklog: all must still be pending, with the hours and money its lines show. */
    private static void billAdjustments(Connection connection, AoTable adjustments, List<IssueWriter.BilledAdjustment> billed, long invoiceId)
            throws SQLException {
        String asShown = "(" + adjustments.column(AdjustmentEntity.WORKLOG_ID) + " = ? AND " + adjustments.column(AdjustmentEntity.DELTA_SECONDS)
                + " = ? AND " + adjustments.column(AdjustmentEntity.DELTA_MINOR) + " = ?)";
        for (List<IssueWriter.BilledAdjustment> chunk : Sql.chunks(billed, CHUNK)) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + adjustments.name() + " SET "
                    + adjustments.column(AdjustmentEntity.STATE) + " = ?, " + adjustments.column(AdjustmentEntity.BILLED_ON) + " = ? WHERE "
                    + adjustments.column(AdjustmentEntity.STATE) + " = ? AND (" + String.join(" OR ", java.util.Collections.nCopies(chunk.size(), asShown))
                    + ")")) {
                update.setString(1, AoAdjustmentStore.BILLED);
                update.setLong(2, invoiceId);
                update.setString(3, AoAdjustmentStore.PENDING);
                int parameter = 4;
                for (IssueWriter.BilledAdjustment adjustment : chunk) {
                    update.setLong(parameter++, adjustment.worklogId());
                    update.setLong(parameter++, adjustment.deltaSeconds());
                    update.setLong(parameter++, adjustment.deltaMinor());
                }
                if (update.executeUpdate() != chunk.size()) {
                    throw new AdjustmentsChangedException();
                }
            } catch (SQLException e) {
                if (Sql.isConflict(e)) {
                    throw new AdjustmentsChangedException();
                }
                throw e;
            }
        }
    }

    /** The tables, checked on first use; the writer off (with one warning) when one is not as expected. */
    private Map<Class<?>, AoTable> tables(Connection connection) throws SQLException {
        Map<Class<?>, AoTable> known = tables;
        if (known != null || off) {
            return known;
        }
        Map<Class<?>, AoTable> found = new java.util.HashMap<>();
        for (Class<? extends net.java.ao.RawEntity<?>> entity : ENTITIES) {
            AoTable.Found table = AoTable.find(connection, namespace, entity);
            if (table.table().isEmpty()) {
                off = true;
                warnings.accept("Ratecard issues invoices through Active Objects, one statement per 500 worklogs: " + table.reason());
                return null;
            }
            found.put(entity, table.table().get());
        }
        tables = Map.copyOf(found);
        return tables;
    }
}
