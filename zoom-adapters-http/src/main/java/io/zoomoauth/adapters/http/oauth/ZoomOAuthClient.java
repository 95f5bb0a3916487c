package io.zoomoauth.adapters.http.oauth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.annotation.Client;
import io.zoomoauth.adapters.http.support.ZoomClient;
import io.zoomoauth.adapters.http.support.ZoomClientConfiguration;
import java.util.Map;

/**
 * Zoom's OAuth endpoints, declaratively. Client authentication is HTTP Basic; parameters travel in a
 * form-urlencoded body, never in the query string (Zoom has answered 400 to that). Nothing here is retried: a
 * refresh that reached Zoom has rotated the refresh token, and a second attempt would burn the grant.
 */
@ZoomClient
@Client(value = "${zoom.oauth.base-url:`https://zoom.us`}", configuration = ZoomClientConfiguration.class)
interface ZoomOAuthClient {

    @Post("/oauth/token")
    @Produces(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<TokenJson> token(@Header(HttpHeaders.AUTHORIZATION) String basic, @Body Map<String, String> form);

    /** Zoom answers {@code {"status":"success"}}; the status alone tells, so the body is not read. */
    @Post("/oauth/revoke")
    @Produces(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@Header(HttpHeaders.AUTHORIZATION) String basic, @Body Map<String, String> form);
}
