package io.github.ratecard.testing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The {@link ActiveObjects} facade served by the real Active Objects ORM, so repositories are
 * written against the same facade as in Jira and tested (and run in the sandbox) on a real
 * database. As in Jira, a transaction started inside another one joins it, and SQL errors
 * surface as unchecked exceptions.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    /** Not part of the declared facade (the app does not use it); for tests. */
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    /** Not part of the declared facade; for tests. */
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        sql(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    /** Not part of the declared facade; for tests. */
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(true);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        } finally {
            inTransaction.set(false);
        }
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** An SQL failure under the facade, unchecked as in Jira. */
    public static final class ActiveObjectsSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ActiveObjectsSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
