package io.zoomoauth.app.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.idempotency.IdempotencyKey;
import io.zoomoauth.domain.idempotency.IdempotentRequestsUseCase;
import io.zoomoauth.domain.idempotency.IdempotentRequestsUseCase.Attempt;
import io.zoomoauth.domain.idempotency.RecordedAnswer;
import io.zoomoauth.domain.idempotency.RequestFingerprint;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for the routes that create at Zoom (create meeting, proxied POST). The first request's
 * answer is kept and replayed with {@code Idempotent-Replayed: true}. Which answers spend the key: every answer
 * after which Zoom may have acted (2xx, Zoom's 5xx, no answer at all: a repeat must not act twice); answers that
 * prove Zoom did nothing (our own 4xx, Zoom's 4xx, 429, not connected) give the key up, so a repeat runs again.
 */
@Singleton
public class IdempotentAnswers {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotentRequestsUseCase requests;
    private final ErrorResponses errors;
    private final JsonMapper json;

    public IdempotentAnswers(IdempotentRequestsUseCase requests, ErrorResponses errors, JsonMapper json) {
        this.requests = requests;
        this.errors = errors;
        this.json = json;
    }

    /**
     * @param route what the request addresses besides the user, e.g. {@code POST meetings}
     * @param body  the request as bytes: the same key with other bytes is a different request (422)
     */
    public MutableHttpResponse<?> run(String userId, String key, String route, byte[] body, Supplier<RecordedAnswer> work) {
        IdempotencyKey idempotencyKey = new IdempotencyKey(key);
        IdempotentRequestsUseCase.Outcome outcome = requests.run(userId, idempotencyKey,
                RequestFingerprint.of(route, body), () -> attempt(work));
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(outcome.answer().status(), null);
        outcome.answer().headers().forEach(response::header);
        byte[] bytes = outcome.answer().body();
        if (bytes.length > 0) {
            response.body(bytes);
        }
        if (outcome.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response;
    }

    /** JSON bytes of a body, for answers and fingerprints. */
    public byte[] jsonBytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
    }

    private Attempt attempt(Supplier<RecordedAnswer> work) {
        RecordedAnswer answer;
        try {
            answer = work.get();
        } catch (DomainFailure failure) {
            MutableHttpResponse<ApiError> error = errors.of(failure);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            error.getHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            RecordedAnswer recorded = new RecordedAnswer(error.code(), headers,
                    jsonBytes(error.getBody().orElseThrow()));
            // No answer from Zoom: it may have acted, so the key stays spent and a repeat gets this answer.
            return new Attempt(recorded, failure instanceof ZoomUnavailable);
        }
        return new Attempt(answer, answer.status() < 400 || answer.status() >= 500);
    }
}
