package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The served OpenAPI document is good enough to generate a client. Every check iterates over what the document
 * holds, so routes added later are checked the same way without touching this test.
 */
class OpenApiDocumentTest {

    static final String DOCUMENT = "/swagger/zoom-oauth-service-0.1.yml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final List<String> API_ERRORS = List.of("400", "401", "404", "500", "503");

    private static Map<String, Object> document;

    @BeforeAll
    static void fetch() {
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance service = world.start(ZoomWorld.h2("openapi-" + UUID.randomUUID()))) {
            HttpResponse<String> answer = service.get(DOCUMENT);
            assertThat(answer.statusCode()).isEqualTo(200);
            document = new Yaml().load(answer.body());
        }
    }

    @AfterAll
    static void forget() {
        document = null;
    }

    @Test
    void hasAServerAndABearerSecurityScheme() {
        List<Map<String, Object>> servers = list(document.get("servers"));
        assertThat(servers).isNotEmpty().allSatisfy(server -> assertThat((String) server.get("url")).isNotBlank());
        Map<String, Object> schemes = map(map(document.get("components")).get("securitySchemes"));
        assertThat(schemes.values()).anySatisfy(scheme -> {
            assertThat(map(scheme).get("type")).isEqualTo("http");
            assertThat(map(scheme).get("scheme")).isEqualTo("bearer");
        });
    }

    @Test
    void everyOperationHasAUniqueOperationIdAndATag() {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            Object id = operation.get("operationId");
            if (!(id instanceof String text) || text.isBlank() || !ids.add(text) || text.matches(".*_\\d+$")) {
                problems.add(name + ": operationId " + id + " missing, repeated or generated");
            }
            if (list(operation.get("tags")).isEmpty()) {
                problems.add(name + ": no tag");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(ids).as("operations were found at all").hasSizeGreaterThan(5);
    }

    @Test
    void everyApiOperationDocumentsItsSuccessBodyRequestBodyErrorsAndSecurity() {
        List<String> problems = new ArrayList<>();
        Set<String> schemes = map(map(document.get("components")).get("securitySchemes")).keySet();
        int[] apiOperations = {0};
        forEachOperation((name, operation) -> {
            if (!name.contains(" /api/")) {
                return;
            }
            apiOperations[0]++;
            Map<String, Object> responses = map(operation.get("responses"));
            List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            if (successes.isEmpty()) {
                problems.add(name + ": no 2xx response");
            }
            for (String code : successes) {
                if (!code.equals("204") && !hasJsonSchema(responses.get(code))) {
                    problems.add(name + ": " + code + " has no JSON schema");
                }
            }
            for (String code : API_ERRORS) {
                if (!refersTo(responses.get(code), "#/components/schemas/ApiError")) {
                    problems.add(name + ": " + code + " is not documented with the ApiError schema");
                }
            }
            if (operation.containsKey("requestBody") && !hasJsonSchema(operation.get("requestBody"))) {
                problems.add(name + ": request body without a JSON schema");
            }
            List<Map<String, Object>> security = list(operation.get("security"));
            if (security.isEmpty() || !security.stream().allMatch(s -> schemes.containsAll(s.keySet()))) {
                problems.add(name + ": no security requirement on a defined scheme");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(apiOperations[0]).as("/api operations were found at all").isGreaterThan(5);
    }

    @Test
    void everyReferencedSchemaExists() {
        Set<String> defined = map(map(document.get("components")).get("schemas")).keySet();
        Set<String> referenced = new HashSet<>();
        collectRefs(document.get("paths"), referenced);
        collectRefs(map(document.get("components")).get("schemas"), referenced);
        assertThat(referenced).isNotEmpty();
        assertThat(referenced).allSatisfy(ref -> assertThat(defined).contains(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    private static boolean hasJsonSchema(Object responseOrBody) {
        Map<String, Object> content = map(map(responseOrBody).get("content"));
        Map<String, Object> json = map(content.get("application/json"));
        Map<String, Object> schema = map(json.get("schema"));
        return schema.containsKey("$ref") || schema.containsKey("type");
    }

    private static boolean refersTo(Object response, String ref) {
        Map<String, Object> json = map(map(map(response).get("content")).get("application/json"));
        return ref.equals(map(json.get("schema")).get("$ref"));
    }

    private static void collectRefs(Object node, Set<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    refs.add((String) value);
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> collectRefs(item, refs));
        }
    }

    private interface OperationCheck {
        void check(String name, Map<String, Object> operation);
    }

    private static void forEachOperation(OperationCheck check) {
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                check.check(method + " " + path, map(operation));
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        return node instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProxyIsDocumentedWithItsPathSoAGeneratedClientCallsIt() {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        assertThat(paths).containsKey("/api/users/{userId}/zoom/{path}").doesNotContainKey("/api/users/{userId}/zoom");
        Map<String, Object> operations = (Map<String, Object>) paths.get("/api/users/{userId}/zoom/{path}");
        assertThat(operations).containsKeys("get", "post", "put", "patch", "delete");
        for (String method : List.of("post", "put", "patch", "delete")) {
            assertThat(map(map(operations.get(method)).get("requestBody")).get("description")).as(method)
                    .isEqualTo("passed to Zoom as bytes, with its Content-Type");
        }
        operations.values().forEach(operation -> assertThat((List<Map<String, Object>>) ((Map<String, Object>) operation)
                .get("parameters")).anySatisfy(parameter -> assertThat(parameter)
                .containsEntry("name", "path").containsEntry("in", "path").containsEntry("required", true)));
    }
}
