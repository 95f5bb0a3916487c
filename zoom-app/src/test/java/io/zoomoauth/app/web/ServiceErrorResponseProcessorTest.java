package io.zoomoauth.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import org.junit.jupiter.api.Test;

class ServiceErrorResponseProcessorTest {

    private final ServiceErrorResponseProcessor processor = new ServiceErrorResponseProcessor();

    @Test
    void anUnexpectedFailureNeverShowsItsMessage() {
        HttpRequest<?> request = HttpRequest.GET("/api/connections").accept(MediaType.ALL_TYPE);
        MutableHttpResponse<Object> answer = processor.processResponse(ErrorContext.builder(request)
                .cause(new IllegalStateException("Cannot decrypt zoom_grant.access_token_enc under key id 'x'"))
                .errorMessage("Internal Server Error: Cannot decrypt zoom_grant.access_token_enc").build(),
                HttpResponse.serverError());
        ApiError body = (ApiError) answer.body();
        assertThat(body.error()).isEqualTo("internal_error");
        assertThat(body.message()).doesNotContain("decrypt").doesNotContain("zoom_grant");
        assertThat(answer.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
    }

    @Test
    void aStatusOurCodeThrowsKeepsItsMessageAndGetsACodeFromTheStatus() {
        HttpRequest<?> request = HttpRequest.POST("/api/things", "{}");
        MutableHttpResponse<Object> answer = processor.processResponse(ErrorContext.builder(request)
                .cause(new HttpStatusException(HttpStatus.CONFLICT, "This idempotency key was used for another body"))
                .build(), HttpResponse.status(HttpStatus.CONFLICT));
        assertThat(answer.body()).isEqualTo(ApiError.of("conflict", "This idempotency key was used for another body"));
    }

    @Test
    void onAPageRouteTheMessageIsEscapedIntoOurPage() {
        HttpRequest<?> request = HttpRequest.GET("/tom&jerry").accept(MediaType.TEXT_HTML_TYPE);
        MutableHttpResponse<Object> answer = processor.processResponse(ErrorContext.builder(request).build(),
                HttpResponse.notFound());
        assertThat(answer.getContentType()).contains(MediaType.TEXT_HTML_TYPE);
        assertThat((String) answer.body()).contains("There is nothing at /tom&amp;jerry").contains("href=\"/\"")
                .doesNotContain("tom&jerry");
    }
}
