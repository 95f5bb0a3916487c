package io.zoomoauth.adapters.persistence.jdbc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the UTC wall-clock text of a {@code DATETIME(6)} column.
 * <p>
 * Why text and not {@code java.sql.Timestamp}: drivers convert a {@code Timestamp} through the JVM's time zone
 * (H2 always, Connector/J depending on {@code connectionTimeZone}), which stores local rather than UTC time and
 * shifts instants that fall into a daylight-saving gap. A literal {@code 'yyyy-MM-dd HH:mm:ss.ffffff'} is
 * converted by the server itself, identically on MySQL, MariaDB and H2, and compares correctly with the
 * column (indexes still apply).
 */
public final class UtcDateTimes {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private UtcDateTimes() {
    }

    /** The precision a {@code DATETIME(6)} keeps: what a stored instant reads back as. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String format(Instant instant) {
        return WRITE.format(LocalDateTime.ofInstant(truncate(instant), ZoneOffset.UTC));
    }

    /**
     * For {@code column < ?}: rounds a sub-microsecond bound up, so that a stored (microsecond) value is below
     * the result exactly when it is below {@code bound}.
     */
    public static String formatUpperBound(Instant bound) {
        Instant truncated = truncate(bound);
        return format(truncated.equals(bound) ? bound : truncated.plus(1, ChronoUnit.MICROS));
    }

    public static String formatNullable(Instant instant) {
        return instant == null ? null : format(instant);
    }

    public static Instant parse(String text) {
        try {
            return LocalDateTime.parse(text.trim(), READ).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("A DATETIME column held an unreadable value", e);
        }
    }
}
