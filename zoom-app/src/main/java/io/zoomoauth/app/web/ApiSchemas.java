package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The OpenAPI schemas of the Zoom JSON that the meeting and profile routes pass through by Zoom's own field
 * names (see {@link MeetingJson}). Documentation only, never instantiated (classes with fields, because the
 * OpenAPI processor mishandles a named schema on a record). The routes keep Zoom's fields they do not model:
 * OpenAPI 3.0 schemas allow additional properties unless they say otherwise, and these do not.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "Meeting", description = "Zoom's meeting object", requiredProperties = {"id", "topic", "type"})
    abstract static class Meeting {
        @Schema(description = "64-bit meeting id")
        public long id;
        public String topic;
        @Schema(description = "1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time")
        public int type;
        @JsonProperty("start_time")
        @Schema(format = "date-time", nullable = true)
        public String startTime;
        @Schema(description = "minutes", nullable = true)
        public Integer duration;
        @Schema(nullable = true)
        public String timezone;
        @JsonProperty("join_url")
        @Schema(nullable = true)
        public String joinUrl;
    }

    @Schema(name = "MeetingRequest", description = "Fields to create (topic required) or change (only those sent); "
            + "other Zoom meeting fields (settings, recurrence, ...) pass through")
    abstract static class MeetingRequest {
        public String topic;
        @Schema(nullable = true, defaultValue = "2")
        public Integer type;
        @JsonProperty("start_time")
        @Schema(format = "date-time", nullable = true)
        public String startTime;
        @Schema(nullable = true)
        public Integer duration;
        @Schema(nullable = true)
        public String timezone;
        @Schema(nullable = true)
        public String agenda;
    }

    @Schema(name = "MeetingPage", description = "One page of a user's meetings",
            requiredProperties = {"page_size", "total_records", "next_page_token", "meetings"})
    abstract static class MeetingPage {
        @JsonProperty("page_size")
        public int pageSize;
        @JsonProperty("total_records")
        public int totalRecords;
        @JsonProperty("next_page_token")
        @Schema(description = "empty on the last page")
        public String nextPageToken;
        public List<Meeting> meetings;
    }

    @Schema(name = "ZoomProfile", description = "Zoom's users/me for the user's own grant",
            requiredProperties = {"id", "account_id"})
    abstract static class ZoomProfile {
        public String id;
        @JsonProperty("account_id")
        public String accountId;
        public String email;
        @JsonProperty("first_name")
        public String firstName;
        @JsonProperty("last_name")
        public String lastName;
        @JsonProperty("display_name")
        public String displayName;
    }
}
