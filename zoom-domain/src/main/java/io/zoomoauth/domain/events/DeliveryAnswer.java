package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import java.util.OptionalInt;

/**
 * How one delivery attempt ended.
 *
 * @param status  the receiver's HTTP status; empty when none came (timeout, refused, reset)
 * @param problem a short description for the audit trail; never a URL, header or body
 */
public record DeliveryAnswer(OptionalInt status, String problem) {

    public DeliveryAnswer {
        Check.notNull(status, "status");
        Check.notNull(problem, "problem");
        problem = problem.length() > 300 ? problem.substring(0, 300) : problem;
    }

    public static DeliveryAnswer status(int status) {
        return new DeliveryAnswer(OptionalInt.of(status), status >= 200 && status < 300 ? "" : "HTTP " + status);
    }

    public static DeliveryAnswer noAnswer(String problem) {
        return new DeliveryAnswer(OptionalInt.empty(), Check.notBlank(problem, "problem"));
    }

    public boolean success() {
        return status.isPresent() && status.getAsInt() >= 200 && status.getAsInt() < 300;
    }
}
