package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * A client generated from the served OpenAPI document reads what the service really answers: each route is
 * called against the fake Zoom, and its JSON is checked against the documented success schema by one generic
 * walk (every key is a documented property unless the schema allows additional ones, every required property is
 * there, every value has the documented JSON type). Every typed success answer under {@code /api/users/} in the
 * document must be among those checked, so a new typed route fails here until its answer is called.
 */
class ApiAnswersMatchTheDocumentTest {

    private static ZoomWorld world;
    private static ServiceInstance service;
    private static Map<String, Object> document;
    private static final Map<String, List<String>> problems = new LinkedHashMap<>();

    @BeforeAll
    static void callEveryTypedRoute() {
        world = new ZoomWorld();
        service = world.start(ZoomWorld.h2("answers-" + UUID.randomUUID()));
        HttpResponse<String> served = service.get(OpenApiDocumentTest.DOCUMENT);
        assertThat(served.statusCode()).isEqualTo(200);
        document = new Yaml().load(served.body());

        String user = world.connectedUser(service, "answers@example.com");
        String users = "/api/users/" + user;
        world.zoom.addToUserList("webinars", user, Map.of("id", 90_000_000_001L, "topic", "With a start",
                "start_time", "2026-12-01T16:00:00Z", "registration_url", "https://fake.zoom.us/r/1"));
        world.zoom.addToUserList("webinars", user, Map.of("id", 90_000_000_002L, "topic", "Without one",
                "settings", Map.of("host_video", true)));

        HttpResponse<String> created = service.api("POST", users + "/meetings", "{\"topic\":\"Planning\","
                + "\"start_time\":\"2026-12-01T10:00:00Z\",\"duration\":30,\"settings\":{\"waiting_room\":true}}");
        check("post /api/users/{userId}/meetings", 201, created);
        long meetingId = ((Number) map(json(created.body())).get("id")).longValue();
        check("get /api/users/{userId}/meetings/{meetingId}", 200, service.api("GET", users + "/meetings/" + meetingId, null));
        check("get /api/users/{userId}/meetings", 200, service.api("GET", users + "/meetings?page_size=1", null));
        check("get /api/users/{userId}/webinars", 200, service.api("GET", users + "/webinars", null));
        check("get /api/users/{userId}/profile", 200, service.api("GET", users + "/profile", null));
        check("get /api/connections", 200, service.api("GET", "/api/connections", null));
        check("get /api/connections/{userId}", 200, service.api("GET", "/api/connections/" + user, null));
        HttpResponse<String> session = service.api("POST", "/api/connect-sessions", "{\"externalUserId\":\"org-42\"}");
        check("post /api/connect-sessions", 201, session);
        check("get /api/connect-sessions/{id}", 200,
                service.api("GET", "/api/connect-sessions/" + ZoomWorld.field(session.body(), "id"), null));
        HttpResponse<String> events = service.api("GET", "/api/events", null);
        assertThat((List<?>) map(json(events.body())).get("events")).as("items to check").isNotEmpty();
        check("get /api/events", 200, events);
    }

    @AfterAll
    static void stop() {
        service.close();
        world.close();
        document = null;
    }

    @Test
    void everyCheckedAnswerIsWhatItsDocumentedSchemaDescribes() {
        assertThat(problems).isNotEmpty().allSatisfy((operation, found) -> assertThat(found).as(operation).isEmpty());
    }

    @Test
    void everyTypedZoomAnswerInTheDocumentIsChecked() {
        Set<String> typed = new TreeSet<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) ->
                map(map(operation).get("responses")).forEach((code, response) -> {
                    if (path.startsWith("/api/users/") && code.startsWith("2") && schemaOf(response).containsKey("$ref")) {
                        typed.add(method + " " + path);
                    }
                })));
        assertThat(typed).isNotEmpty();
        assertThat(problems.keySet()).containsAll(typed);
    }

    @Test
    void theCheckRefusesAnAnswerTheDocumentDoesNotDescribe() {
        Map<String, Object> webinars = schemaOf(response("get /api/users/{userId}/webinars", 200));
        List<String> found = new ArrayList<>();
        conforms(Map.of("pageSize", 1, "total_records", 1, "next_page_token", "", "webinars",
                List.of(Map.of("id", "9", "startTime", "x"))), webinars, "$", found);

        assertThat(String.join("\n", found)).contains("$.pageSize is not documented")
                .contains("$ misses required page_size").contains("$.webinars[0].id is not a integer")
                .contains("$.webinars[0] misses required topic");
    }

    @Test
    void theServedDocumentHasNoLeftOverSchemas_andOnlyGeneratedDocumentsAreServed() {
        assertThat(map(map(document.get("components")).get("schemas"))).doesNotContainKeys("MeetingId", "ZoomUserId");
        for (String path : new String[] {"/swagger/nothing-here.yml", "/swagger/..%2Fapplication.yml", "/swagger/logback.xml"}) {
            assertThat(service.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    private static void check(String operation, int status, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(operation + ": " + answer.body()).isEqualTo(status);
        List<String> found = new ArrayList<>();
        conforms(json(answer.body()), schemaOf(response(operation, status)), "$", found);
        problems.put(operation, found);
    }

    /** The generic walk: what a strict generated client would refuse or lose. */
    private static void conforms(Object value, Map<String, Object> schema, String at, List<String> found) {
        if (schema.get("$ref") instanceof String ref) {
            conforms(value, map(map(map(document.get("components")).get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1))),
                    at, found);
            return;
        }
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                found.add(at + " is null, which the document does not allow");
            }
            return;
        }
        String type = schema.get("type") instanceof String t ? t : "object";
        if (!hasType(value, type)) {
            found.add(at + " is not a " + type + ": " + value);
        } else if (value instanceof Map<?, ?> object) {
            Map<String, Object> properties = map(schema.get("properties"));
            Object additional = schema.get("additionalProperties");
            object.forEach((key, item) -> {
                if (properties.containsKey(key)) {
                    conforms(item, map(properties.get(key)), at + "." + key, found);
                } else if (additional instanceof Map<?, ?> additionalSchema) {
                    conforms(item, map(additionalSchema), at + "." + key, found);
                } else if (!Boolean.TRUE.equals(additional) && !properties.isEmpty()) {
                    found.add(at + "." + key + " is not documented");
                }
            });
            for (Object required : schema.get("required") instanceof List<?> l ? l : List.of()) {
                if (!object.containsKey(required)) {
                    found.add(at + " misses required " + required);
                }
            }
        } else if (value instanceof List<?> array) {
            for (int i = 0; i < array.size(); i++) {
                conforms(array.get(i), map(schema.get("items")), at + "[" + i + "]", found);
            }
        }
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "object" -> value instanceof Map<?, ?>;
            case "array" -> value instanceof List<?>;
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> false;
        };
    }

    private static Object response(String operation, int status) {
        String[] methodAndPath = operation.split(" ", 2);
        Object response = map(map(map(map(document.get("paths")).get(methodAndPath[1])).get(methodAndPath[0]))
                .get("responses")).get(String.valueOf(status));
        assertThat(response).as(operation + " " + status + " is documented").isNotNull();
        return response;
    }

    private static Map<String, Object> schemaOf(Object response) {
        return map(map(map(map(response).get("content")).get("application/json")).get("schema"));
    }

    private static Object json(String body) {
        try {
            return service.context().getBean(JsonMapper.class).readValue(body, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
