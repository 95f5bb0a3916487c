package io.zoomoauth.adapters.http.webinars;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.zoomoauth.adapters.http.support.RetriedGet;
import io.zoomoauth.adapters.http.support.ZoomApiClient;
import io.zoomoauth.adapters.http.support.ZoomCalls;
import io.zoomoauth.adapters.http.support.ZoomPageJson;
import io.zoomoauth.adapters.http.support.ZoomUserListAdapter;
import io.zoomoauth.domain.webinars.Webinar;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Zoom's {@code GET /users/{userId}/webinars}. */
@Singleton
public class ZoomWebinarsAdapter
        extends ZoomUserListAdapter<ZoomWebinarsAdapter.WebinarPage, ZoomWebinarsAdapter.WebinarJson, Webinar> {

    @ZoomApiClient
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

    ZoomWebinarsAdapter(WebinarsClient client, ZoomCalls calls) {
        super(Webinar.LISTING, calls, client::list, WebinarJson::toWebinar);
    }
}
