package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The OpenAPI schema of the meeting routes' request body, which {@link MeetingJson} reads by Zoom's own field
 * names from a map. Documentation only, never instantiated (a class with fields, because the OpenAPI processor
 * mishandles a named schema on a record). The answers need nothing here: their schemas come from the types the
 * routes return, corrected to the written JSON by {@link ApiDocument}.
 */
final class ApiSchemas {

    private ApiSchemas() {
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
}
