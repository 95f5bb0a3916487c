package io.zoomoauth.adapters.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every log event (root logger, DEBUG and up) as text: message, arguments and exception chain. */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previousLevel = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
                line.append(" | ").append(proxy.getClassName()).append(": ").append(proxy.getMessage());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Zoom's tracking ids that log events carried as the structured field {@code zoomTrackingId}. */
    public List<String> trackingIdFields() {
        List<String> ids = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            String id = event.getMDCPropertyMap().get("zoomTrackingId");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    public String all() {
        return String.join("\n", lines());
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(previousLevel);
    }
}
