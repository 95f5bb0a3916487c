package io.zoomoauth.app.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.app.web.ApiError;
import io.zoomoauth.domain.connections.DeauthorizationEvent;
import io.zoomoauth.domain.connections.ForwardZoomEventUseCase;
import io.zoomoauth.domain.connections.HandleDeauthorizationUseCase;
import io.zoomoauth.domain.grant.ZoomUserId;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zoom's webhooks: the signature is checked over the raw bytes before anything is parsed; URL validation is
 * answered; every other event is stored for the organisation's backend ({@code zoom.event}) before it is answered
 * 200, and {@code app_deauthorized} also deletes the user's data (idempotently, for Zoom's retries). Every answer
 * comes within Zoom's 3 seconds.
 */
@Controller("/webhooks/zoom")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "webhooks")
public class ZoomWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(ZoomWebhookController.class);
    private static final Set<String> KNOWN = Set.of("endpoint.url_validation", "app_deauthorized");
    private static final int MAX_BODY = 256 * 1024;

    private final WebhookSettings settings;
    private final WebhookSignature signature;
    private final HandleDeauthorizationUseCase deauthorization;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService executor;
    private final MeterRegistry metrics;
    private final ForwardZoomEventUseCase forwarding;

    public ZoomWebhookController(WebhookSettings settings, HandleDeauthorizationUseCase deauthorization,
                                 JsonMapper json, Clock clock, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                                 MeterRegistry metrics, ForwardZoomEventUseCase forwarding) {
        this.settings = settings;
        this.signature = settings.configured() ? new WebhookSignature(settings.secretToken()) : null;
        this.deauthorization = deauthorization;
        this.json = json;
        this.clock = clock;
        this.executor = executor;
        this.metrics = metrics;
        this.forwarding = forwarding;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveZoomEvent", summary = "Zoom event notifications (signed with x-zm-signature)")
    public HttpResponse<?> receive(@Nullable @Header("x-zm-signature") String signatureHeader,
                                   @Nullable @Header("x-zm-request-timestamp") String timestamp,
                                   @Nullable @Body byte[] rawBody) {
        if (signature == null) {
            return reject("unknown", "not_configured", HttpStatus.SERVICE_UNAVAILABLE, "webhooks_not_configured",
                    "Set ZOOM_WEBHOOK_SECRET_TOKEN to the app's webhook secret token");
        }
        byte[] body = rawBody == null ? new byte[0] : rawBody;
        if (body.length > MAX_BODY) {
            return reject("unknown", "too_large", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "too_large", "event too large");
        }
        WebhookSignature.Verdict verdict = signature.verify(signatureHeader, timestamp, body, clock.instant(),
                settings.maxAge(), settings.maxFutureSkew());
        if (verdict != WebhookSignature.Verdict.VALID) {
            LOG.warn("Refused a webhook: signature {}", verdict);
            return reject("unknown", verdict.name().toLowerCase(), HttpStatus.UNAUTHORIZED, "invalid_signature",
                    "The x-zm-signature / x-zm-request-timestamp headers are missing, stale or do not match");
        }
        Map<String, Object> event;
        try {
            event = json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException malformed) {
            return reject("unknown", "malformed", HttpStatus.BAD_REQUEST, "malformed_event", "The body is not a JSON object");
        }
        String type = event.get("event") instanceof String name ? name : "";
        String typeTag = KNOWN.contains(type) ? type : "other";
        Map<?, ?> payload = event.get("payload") instanceof Map<?, ?> map ? map : Map.of();
        if (type.equals("endpoint.url_validation")) {
            return validateUrl(payload);
        }
        if (type.isEmpty() || type.length() > 100) {
            return reject(typeTag, "malformed", HttpStatus.BAD_REQUEST, "malformed_event", "event must name the event type");
        }
        Optional<DeauthorizationEvent> deauthorized = type.equals("app_deauthorized")
                ? deauthorizationIn(payload) : Optional.empty();
        if (type.equals("app_deauthorized") && deauthorized.isEmpty()) {
            return reject("app_deauthorized", "malformed", HttpStatus.BAD_REQUEST, "malformed_event",
                    "payload needs user_id, account_id and deauthorization_time");
        }
        try {
            // Stored durably before Zoom hears 200; the delivery to the organisation's backend comes later.
            forwarding.forward(ZoomEventNotices.of(type, payload, body));
        } catch (RuntimeException storeDown) {
            LOG.error("Could not store Zoom event '{}'; answered 503 so Zoom retries", typeTag, storeDown);
            return reject(typeTag, "failed", HttpStatus.SERVICE_UNAVAILABLE, "try_again", "could not store the event yet");
        }
        if (deauthorized.isPresent()) {
            return deauthorize(deauthorized.get());
        }
        count(typeTag, "forwarded");
        return HttpResponse.ok(Map.of("status", "accepted"));
    }

    private HttpResponse<?> validateUrl(Map<?, ?> payload) {
        if (!(payload.get("plainToken") instanceof String plain) || plain.isEmpty() || plain.length() > 256) {
            return reject("endpoint.url_validation", "malformed", HttpStatus.BAD_REQUEST, "malformed_event",
                    "payload.plainToken must be a string");
        }
        count("endpoint.url_validation", "accepted");
        return HttpResponse.ok(Map.of("plainToken", plain, "encryptedToken", signature.encryptToken(plain)));
    }

    private static Optional<DeauthorizationEvent> deauthorizationIn(Map<?, ?> payload) {
        try {
            return Optional.of(new DeauthorizationEvent(new ZoomUserId(String.valueOf(payload.get("user_id"))),
                    String.valueOf(payload.get("account_id")), Instant.parse(String.valueOf(payload.get("deauthorization_time")))));
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException invalid) {
            return Optional.empty();
        }
    }

    private HttpResponse<?> deauthorize(DeauthorizationEvent event) {
        Future<HandleDeauthorizationUseCase.Outcome> handling = executor.submit(() -> deauthorization.handle(event));
        try {
            HandleDeauthorizationUseCase.Outcome outcome =
                    handling.get(settings.handlingBudget().toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Zoom user {} deauthorized the app: {}", event.userId(), outcome);
            count("app_deauthorized", outcome.name().toLowerCase());
            return HttpResponse.ok(Map.of("status", outcome.name().toLowerCase()));
        } catch (TimeoutException slow) {
            // The deletion goes on; if it fails, Zoom's retry repeats it (the handler is idempotent).
            LOG.warn("Deauthorization of user {} is taking longer than {}; answered 503 so Zoom retries",
                    event.userId(), settings.handlingBudget());
            return reject("app_deauthorized", "timeout", HttpStatus.SERVICE_UNAVAILABLE, "try_again", "still working");
        } catch (ExecutionException failed) {
            LOG.error("Deauthorization of user {} failed; Zoom will retry", event.userId(), failed.getCause());
            return reject("app_deauthorized", "failed", HttpStatus.SERVICE_UNAVAILABLE, "try_again", "could not delete yet");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return reject("app_deauthorized", "failed", HttpStatus.SERVICE_UNAVAILABLE, "try_again", "interrupted");
        }
    }

    private HttpResponse<ApiError> reject(String type, String verdict, HttpStatus status, String error, String message) {
        count(type, verdict);
        return HttpResponse.<ApiError>status(status).body(ApiError.of(error, message));
    }

    private void count(String type, String verdict) {
        metrics.counter("zoom.webhook.events", "type", type, "verdict", verdict).increment();
    }
}
