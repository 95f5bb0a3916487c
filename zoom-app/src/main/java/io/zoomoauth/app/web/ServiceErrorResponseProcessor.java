package io.zoomoauth.app.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;
import java.net.URISyntaxException;

/**
 * The one place where errors the framework answers itself (no route, wrong method, media type, a value that
 * cannot be converted, malformed JSON, an unhandled exception) get their body: our JSON on {@code /api/**},
 * {@code /webhooks/**} and for clients that ask for JSON, our page everywhere else. Messages are fixed or name
 * the parameter, never echo a value, and a 5xx never says more than that it was logged.
 */
@Primary
@Singleton
public class ServiceErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        if (request.getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        ApiError error = ApiError.of(code(answer.status()), message(context, answer));
        // A URI that cannot be parsed reaches us as a request for "/": its real path is only in the exception.
        String path = context.getRootCause().filter(URISyntaxException.class::isInstance)
                .map(cause -> ((URISyntaxException) cause).getInput()).orElse(request.getPath());
        return render(request, path, answer, error);
    }

    /**
     * Gives {@code answer} (status and headers already set) the body the client gets for {@code error}: the JSON,
     * or, on a page route, our page with the message and a link home. Every error answer goes through here.
     */
    static MutableHttpResponse<Object> render(HttpRequest<?> request, MutableHttpResponse<?> answer, ApiError error) {
        return render(request, request.getPath(), answer, error);
    }

    private static MutableHttpResponse<Object> render(HttpRequest<?> request, String path, MutableHttpResponse<?> answer,
                                                      ApiError error) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> response = (MutableHttpResponse<Object>) answer;
        if (jsonAnswer(request, path)) {
            return response.body((Object) error).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        HttpStatus status = response.status();
        MutableHttpResponse<String> page = Pages.page(status, status.getReason(), "<p>" + Pages.escape(error.message())
                + "</p><p><a class=\"button\" href=\"/\">Home</a></p>");
        return response.body((Object) page.body()).contentType(MediaType.TEXT_HTML_TYPE);
    }

    /** Machine clients of the API and of Zoom's webhooks always get JSON; elsewhere only when they ask for it. */
    private static boolean jsonAnswer(HttpRequest<?> request, String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/webhooks/") || Pages.wantsJson(request);
    }

    static String code(HttpStatus status) {
        if (status.getCode() >= 500) {
            return "internal_error";
        }
        return status == HttpStatus.BAD_REQUEST ? "invalid_request" : status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String message(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        Throwable cause = context.getRootCause().orElse(null);
        if (cause != null && cause.getClass() == HttpStatusException.class && response.status().getCode() < 500) {
            // Thrown on purpose by our own code, with a message written for the caller.
            return cause.getMessage();
        }
        return switch (response.status()) {
            case NOT_FOUND -> "There is nothing at " + request.getPath();
            case METHOD_NOT_ALLOWED -> request.getMethodName() + " is not allowed on " + request.getPath()
                    + response.getHeaders().getFirst("Allow").map(allowed -> "; allowed: " + allowed).orElse("");
            case UNSUPPORTED_MEDIA_TYPE -> "Content-Type " + request.getContentType().map(MediaType::toString)
                    .orElse("(none)") + " is not supported here; send application/json";
            case NOT_ACCEPTABLE -> "This resource cannot answer in any media type the Accept header allows";
            case BAD_REQUEST -> badRequest(cause);
            default -> response.status().getCode() >= 500
                    ? "Something went wrong on our side; it has been logged"
                    : response.status().getReason();
        };
    }

    /** The name the caller wrote ({@code @QueryValue("page_size")}), not the Java parameter's. */
    private static String parameterName(io.micronaut.core.type.Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(io.micronaut.core.bind.annotation.Bindable.class)
                .filter(name -> !name.isBlank()).orElse(argument.getName());
    }

    private static String badRequest(Throwable cause) {
        if (cause instanceof ConversionErrorException conversion) {
            return "Parameter '" + parameterName(conversion.getArgument()) + "' must be of type "
                    + conversion.getArgument().getType().getSimpleName();
        }
        if (cause instanceof UnsatisfiedArgumentException missing) {
            return "Required parameter '" + parameterName(missing.getArgument()) + "' is missing";
        }
        if (cause instanceof JsonSyntaxException) {
            return "The request body is not valid JSON";
        }
        return "The request is malformed";
    }
}
