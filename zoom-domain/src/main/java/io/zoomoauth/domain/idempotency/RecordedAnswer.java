package io.zoomoauth.domain.idempotency;

import io.zoomoauth.domain.common.Check;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer given to the first request with a key, as it is replayed: status, the headers worth repeating
 * ({@code Content-Type}, {@code x-zm-trackingid}, …) and the body. It may hold a meeting's {@code start_url}
 * (a host credential), so stores encrypt it and it is never printed.
 */
public record RecordedAnswer(int status, Map<String, String> headers, byte[] body) {

    public RecordedAnswer {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status");
        }
        headers = Map.copyOf(new LinkedHashMap<>(Check.notNull(headers, "headers")));
        body = Check.notNull(body, "body").clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedAnswer that && status == that.status && headers.equals(that.headers)
                && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * status + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "RecordedAnswer[status=" + status + ", " + body.length + " bytes]";
    }
}
