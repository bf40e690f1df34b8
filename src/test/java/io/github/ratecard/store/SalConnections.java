package io.github.ratecard.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** SAL's connections as the JDBC writers' tests wrap them: counting, interrupting or failing the statements they prepare. */
final class SalConnections {

    private SalConnections() {
    }

    /** Counts the statements prepared whose SQL matches. */
    static final class Statements implements UnaryOperator<Connection> {
        final AtomicInteger count = new AtomicInteger();
        private final Predicate<String> which;

        Statements(Predicate<String> which) {
            this.which = which;
        }

        @Override
        public Connection apply(Connection connection) {
            return before(connection, which, count::incrementAndGet);
        }
    }

    /** SAL's connection, running {@code action} before each statement whose SQL matches is prepared. */
    static Connection before(Connection connection, Predicate<String> which, Runnable action) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") && which.test((String) args[0])) {
                action.run();
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** SAL's connections, refusing to prepare a statement whose SQL matches, as a database failing mid-batch would. */
    static UnaryOperator<Connection> failing(Predicate<String> which) {
        return connection -> (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && which.test((String) args[0])) {
                        throw new SQLException("connection reset");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
