package io.zoomoauth.adapters.http.webinars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.SerdeImport;
import io.zoomoauth.adapters.http.support.RetriedGet;
import io.zoomoauth.adapters.http.support.ZoomApiClient;
import io.zoomoauth.adapters.http.support.ZoomNames;
import io.zoomoauth.adapters.http.support.ZoomPage;
import io.zoomoauth.adapters.http.support.ZoomUserListAdapter;
import io.zoomoauth.domain.webinars.Webinar;
import jakarta.inject.Singleton;

/** Zoom's {@code GET /users/{userId}/webinars}. */
@Singleton
@SerdeImport(value = Webinar.class, mixin = ZoomNames.class)
public class ZoomWebinarsAdapter extends ZoomUserListAdapter<Webinar> {

    @ZoomApiClient
    interface WebinarsClient extends ListCall {
        @Override
        @Get("/users/{userId}/webinars")
        @RetriedGet
        HttpResponse<ZoomPage> list(String bearer, String userId, @Nullable Integer pageSize,
                                    @Nullable String nextPageToken);
    }

    ZoomWebinarsAdapter(WebinarsClient client, Pages pages) {
        super(Webinar.LISTING, pages, client);
    }
}
