package io.zoomoauth.adapters.persistence.jdbc;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a store adapter whose every failure to reach the database leaves it as one exception type,
 * {@link io.micronaut.data.exceptions.DataAccessException} ({@link StorageFailureInterceptor}): the pool, the
 * driver and the transaction manager each have their own, and callers should not need to know them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
public @interface StorageBoundary {
}
