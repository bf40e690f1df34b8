package io.github.ratecard.testing.ao;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * SAL's transactional executor over a test database, as Jira's runs JDBC work: each execution on a connection
 * of its own (with the ORM's schema as its own, as Jira's connections have Jira's), autocommit off, committed
 * when the callback returns and rolled back when it throws, then closed. It never joins a transaction already
 * open (SAL calls joining a hint the host need not follow): {@code requiresNew=false} gets a new one too.
 */
public final class TestTransactionalExecutors implements TransactionalExecutorFactory {

    private final TestDatabase database;
    private final UnaryOperator<Connection> connections;

    public TestTransactionalExecutors(TestDatabase database) {
        this(database, UnaryOperator.identity());
    }

    /** With each connection passed through {@code connections} before the callback gets it, e.g. to fail on cue. */
    public TestTransactionalExecutors(TestDatabase database, UnaryOperator<Connection> connections) {
        this.database = database;
        this.connections = connections;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                return inTransaction(readOnly, callback);
            }
        };
    }

    private <A> A inTransaction(boolean readOnly, ConnectionCallback<A> callback) {
        try (Connection connection = database.directConnection()) {
            connection.setSchema(database.schema());
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            A result;
            try {
                result = callback.execute(connections.apply(connection));
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("The test database's transaction failed", e);
        }
    }
}
