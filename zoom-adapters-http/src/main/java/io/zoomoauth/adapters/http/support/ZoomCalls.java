package io.zoomoauth.adapters.http.support;

import io.micronaut.http.HttpResponse;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator.TokenCall;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.token.AccessToken;
import jakarta.inject.Singleton;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one call of a declarative Zoom client and gives the adapter a domain answer: the 2xx body through the
 * adapter's mapping, or a domain failure from {@link ZoomErrorTranslator}. Adapters neither catch nor log.
 */
@Singleton
public final class ZoomCalls {

    private final ZoomErrorTranslator errors;

    public ZoomCalls(ZoomErrorTranslator errors) {
        this.errors = errors;
    }

    /** The REST API's only way to carry a token; never the query string (Zoom answers 401 code 124 to that). */
    public static String bearer(AccessToken token) {
        return "Bearer " + token.value();
    }

    /** A REST API call whose 2xx body is mapped; a body the mapping cannot read is ZoomUnavailable. */
    public <B, T> T read(Supplier<HttpResponse<B>> call, Function<B, T> mapping) {
        return map(send(call, errors::apiFailure), mapping);
    }

    /** A REST API call whose 2xx answer has no body to read (Zoom's 204s). */
    public void run(Supplier<HttpResponse<?>> call) {
        send(call, errors::apiFailure);
    }

    /** A call to Zoom's OAuth endpoints: the same 400 means different things for each {@link TokenCall}. */
    public <B, T> T readToken(TokenCall tokenCall, Supplier<HttpResponse<B>> call, Function<B, T> mapping) {
        return map(send(call, failure -> errors.tokenFailure(tokenCall, failure)), mapping);
    }

    public void runToken(TokenCall tokenCall, Supplier<HttpResponse<?>> call) {
        send(call, failure -> errors.tokenFailure(tokenCall, failure));
    }

    private static <R extends HttpResponse<?>> R send(Supplier<R> call, Function<ZoomCallFailure, DomainFailure> translate) {
        try {
            return call.get();
        } catch (DomainFailure | IllegalArgumentException refusedBeforeSending) {
            throw refusedBeforeSending;
        } catch (RuntimeException e) {
            throw translate.apply(callFailure(e));
        }
    }

    private <B, T> T map(HttpResponse<B> response, Function<B, T> mapping) {
        try {
            B body = response.getBody().orElseThrow(() -> new IllegalArgumentException("the body is not a JSON object"));
            return mapping.apply(body);
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException | ClassCastException e) {
            throw errors.unreadable(ZoomCallFilter.call(response), response, e);
        } catch (RuntimeException e) {
            // A body the codec could not decode: the exception may quote the body, so only its type is kept.
            throw errors.unreadable(ZoomCallFilter.call(response), response, new IllegalStateException(e.getClass().getSimpleName()));
        }
    }

    /** The filter's failure, however the client wrapped it; anything else is a failure without an answer. */
    private static ZoomCallFailure callFailure(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ZoomCallFailure failure) {
                return failure;
            }
        }
        return new ZoomCallFailure("?", "Zoom call", null, thrown);
    }
}
