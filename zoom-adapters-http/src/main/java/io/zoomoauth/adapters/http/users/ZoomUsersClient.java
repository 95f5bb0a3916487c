package io.zoomoauth.adapters.http.users;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.zoomoauth.adapters.http.support.RetriedGet;
import io.zoomoauth.adapters.http.support.ZoomApiClient;

/** Zoom's users API, declaratively. */
@ZoomApiClient
interface ZoomUsersClient {

    @Get("/users/me")
    @RetriedGet
    HttpResponse<UserJson> me(@Header(HttpHeaders.AUTHORIZATION) String bearer);
}
