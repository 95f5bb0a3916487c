package io.zoomoauth.adapters.persistence.jdbc;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.DataAccessResourceFailureException;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.sql.SQLException;

/**
 * Translates what the pool, the driver and the transaction manager throw when the database cannot be reached
 * (e.g. {@code ConnectionException} "Failed to read the connection's read only flag",
 * {@code CannotGetJdbcConnectionException}, a wrapped {@code SQLException}) into a
 * {@link DataAccessResourceFailureException}. The domain's own failures (fence lost, version conflict) and
 * argument checks pass unchanged.
 */
@Singleton
@InterceptorBean(StorageBoundary.class)
final class StorageFailureInterceptor implements MethodInterceptor<Object, Object> {

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (RuntimeException failure) {
            throw translate(failure);
        }
    }

    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof DataAccessException || !isStorageFailure(failure)) {
            return failure;
        }
        // The class name only: driver messages may name hosts, tables or values.
        return new DataAccessResourceFailureException("The database is unavailable ("
                + failure.getClass().getSimpleName() + ")", failure);
    }

    private static boolean isStorageFailure(Throwable failure) {
        if (failure instanceof ConnectionException || failure instanceof TransactionException
                || failure instanceof io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException
                || failure instanceof io.micronaut.transaction.jdbc.exceptions.CannotGetJdbcConnectionException) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
