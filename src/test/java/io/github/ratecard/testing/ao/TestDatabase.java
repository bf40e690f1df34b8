package io.github.ratecard.testing.ao;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * A real database under the real Active Objects ORM, named the way Jira names plugin tables
 * ({@code AO_xxxxxx_TABLE}, upper-case columns, 30-character limit).
 * <ul>
 *   <li>{@code -Dratecard.db=h2} (default): a private in-memory H2 database per instance;</li>
 *   <li>{@code -Dratecard.db=postgres}: a private schema per instance in the PostgreSQL database
 *       at {@code -Dratecard.db.url} (default {@code jdbc:postgresql://127.0.0.1:5432/ratecard}),
 *       dropped on {@link #close()}.</li>
 * </ul>
 */
public final class TestDatabase implements AutoCloseable {

    /** The namespace of the descriptor's {@code <ao>} module. */
    public static final String NAMESPACE = "io.github.ratecard";

    static {
        // Jira runs Active Objects at the database's usual isolation, not the ORM's SERIALIZABLE default.
        System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
    }

    private final EntityManager entityManager;
    private final EntityManagerActiveObjects activeObjects;
    private final Runnable cleanUp;
    private final String[] login;

    private TestDatabase(EntityManager entityManager, Runnable cleanUp, String url, String user, String password) {
        this.entityManager = entityManager;
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
        this.cleanUp = cleanUp;
        this.login = new String[] {url, user, password};
    }

    /** A fresh, empty database of the kind chosen by {@code -Dratecard.db}. */
    public static TestDatabase fresh() {
        String kind = System.getProperty("ratecard.db", "h2");
        switch (kind) {
            case "h2":
                return h2("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            case "postgres":
                return postgres();
            default:
                throw new IllegalArgumentException("ratecard.db must be h2 or postgres, was: " + kind);
        }
    }

    /**
     * An H2 database kept in files under {@code directory}, for the sandbox, where a committed
     * transaction survives the process being killed: each commit is written to the file before
     * it returns (WRITE_DELAY=0; H2 otherwise writes up to half a second later), and H2 never moves
     * live data between chunks in the background or on close (AUTO_COMPACT_FILL_RATE=0,
     * MAX_COMPACT_TIME=0), the rewriting that left a file with a missing chunk after a kill.
     */
    public static TestDatabase h2File(Path directory) {
        return h2(h2FileUrl(directory));
    }

    /** The JDBC URL of the sandbox's H2 file database under {@code directory}. */
    public static String h2FileUrl(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("ratecard")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0;MAX_COMPACT_TIME=0";
    }

    /**
     * The named schema of the PostgreSQL database at {@code url}, created when missing and kept on
     * {@link #close()}: the sandbox's data when several sandbox processes share one database.
     */
    public static TestDatabase postgresSchema(String url, String user, String password, String schema, boolean reset) {
        try (Connection connection = java.sql.DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            if (reset) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + url + " (is it running?)", e);
        }
        return new TestDatabase(configure(EntityManagerBuilder.url(url).username(user).password(password).schema(schema)), () -> { }, url, user,
                password);
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("ratecard.db", "h2"));
    }

    private static TestDatabase h2(String url) {
        EntityManager entityManager = configure(EntityManagerBuilder.url(url).username("sa").password("").schema("PUBLIC"));
        // After the pool is closed: a file database closes with its last connection; a private
        // in-memory one (DB_CLOSE_DELAY=-1) is dropped explicitly.
        return new TestDatabase(entityManager, () -> {
            if (url.startsWith("jdbc:h2:mem:")) {
                executeDirect(url, "sa", "", "SHUTDOWN");
            }
        }, url, "sa", "");
    }

    private static TestDatabase postgres() {
        String url = System.getProperty("ratecard.db.url", "jdbc:postgresql://127.0.0.1:5432/ratecard");
        String user = System.getProperty("ratecard.db.user", "ratecard");
        String password = System.getProperty("ratecard.db.password", "ratecard");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = java.sql.DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + url + " (is it running?)", e);
        }
        EntityManager entityManager = configure(EntityManagerBuilder.url(url).username(user).password(password).schema(schema));
        return new TestDatabase(entityManager, () -> executeDirect(url, user, password, "DROP SCHEMA " + schema + " CASCADE"), url, user,
                password);
    }

    private static EntityManager configure(net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword builder) {
        return builder.auto()
                .tableNameConverter(new AtlassianTableNameConverter(name -> tablePrefix() + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    /** {@code AO_} and the last six hex digits of the namespace's MD5, as Jira's Active Objects names plugin tables. */
    static String tablePrefix() {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(NAMESPACE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().withUpperCase().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6) + "_";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    public final TestDatabase migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration failed", e);
        }
        return this;
    }

    public EntityManagerActiveObjects activeObjects() {
        return activeObjects;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** A connection from the ORM's pool, for bulk paths and for checks that read the tables directly. */
    public Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }

    /** A connection of the database's own driver, outside the ORM's pool (whose connections lack JDBC 4.1's schema methods); close it. */
    public Connection directConnection() throws SQLException {
        return java.sql.DriverManager.getConnection(login[0], login[1], login[2]);
    }

    /** The schema the ORM's tables are in. */
    public String schema() {
        return entityManager.getProvider().getSchema();
    }

    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getNameConverters().getTableNameConverter().getName(entity);
    }

    /** The entity's table, schema-qualified and quoted for this database, for hand-written SQL. */
    public String qualifiedTable(Class<? extends RawEntity<?>> entity) {
        return entityManager.getProvider().withSchema(tableName(entity));
    }

    /** A column name quoted for this database. */
    public String quoteColumn(String column) {
        return entityManager.getProvider().quote(column);
    }

    @Override
    public void close() {
        entityManager.flushAll();
        entityManager.getProvider().dispose();
        cleanUp.run();
    }

    private static void executeDirect(String url, String user, String password, String sql) {
        try (Connection connection = java.sql.DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
