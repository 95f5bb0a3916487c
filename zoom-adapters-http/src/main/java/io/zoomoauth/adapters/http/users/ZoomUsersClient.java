package io.zoomoauth.adapters.http.users;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.client.annotation.Client;
import io.zoomoauth.adapters.http.support.RetriedGet;
import io.zoomoauth.adapters.http.support.ZoomClient;
import io.zoomoauth.adapters.http.support.ZoomClientConfiguration;

/** Zoom's users API, declaratively. */
@ZoomClient
@Client(value = "${zoom.api.base-url:`https://api.zoom.us`}/v2", configuration = ZoomClientConfiguration.class)
interface ZoomUsersClient {

    @Get("/users/me")
    @RetriedGet
    HttpResponse<UserJson> me(@Header(HttpHeaders.AUTHORIZATION) String bearer);
}
