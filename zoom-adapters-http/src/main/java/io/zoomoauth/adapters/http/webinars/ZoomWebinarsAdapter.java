package io.zoomoauth.adapters.http.webinars;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.zoomoauth.adapters.http.support.RetriedGet;
import io.zoomoauth.adapters.http.support.ZoomCalls;
import io.zoomoauth.adapters.http.support.ZoomClient;
import io.zoomoauth.adapters.http.support.ZoomClientConfiguration;
import io.zoomoauth.adapters.http.support.ZoomPageJson;
import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.listings.PageQuery;
import io.zoomoauth.domain.listings.UserListing;
import io.zoomoauth.domain.listings.ZoomUserListingPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import io.zoomoauth.domain.webinars.Webinar;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Zoom's {@code GET /users/{userId}/webinars}. */
@Singleton
public class ZoomWebinarsAdapter implements ZoomUserListingPort<Webinar> {

    @ZoomClient
    @Client(value = "${zoom.api.base-url:`https://api.zoom.us`}/v2", configuration = ZoomClientConfiguration.class)
    interface WebinarsClient {
        @Get("/users/{userId}/webinars")
        @RetriedGet
        HttpResponse<WebinarPage> list(@Header("Authorization") String bearer, String userId,
                                       @Nullable @QueryValue("page_size") Integer pageSize,
                                       @Nullable @QueryValue("next_page_token") String nextPageToken);
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record WebinarJson(long id, @Nullable String topic, @Nullable String startTime,
                       @JsonAnySetter @Nullable Map<String, Object> otherFields) {
        Webinar toWebinar() {
            return new Webinar(id, topic == null ? "" : topic, Optional.ofNullable(startTime),
                    otherFields == null ? Map.of() : otherFields);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record WebinarPage(@Nullable Integer pageSize, @Nullable Integer totalRecords, @Nullable String nextPageToken,
                       @Nullable List<WebinarJson> webinars) implements ZoomPageJson<WebinarJson> {
        @Override
        public List<WebinarJson> items() {
            return webinars;
        }
    }

    private final WebinarsClient client;
    private final ZoomCalls calls;

    ZoomWebinarsAdapter(WebinarsClient client, ZoomCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Override
    public UserListing<Webinar> listing() {
        return Webinar.LISTING;
    }

    @Override
    public Page<Webinar> list(AccessToken token, ZoomUserRef user, PageQuery query) {
        return calls.read(() -> client.list(ZoomCalls.bearer(token), user.value(), query.pageSize().orElse(null),
                query.nextPageToken().orElse(null)), page -> page.toPage(WebinarJson::toWebinar));
    }
}
