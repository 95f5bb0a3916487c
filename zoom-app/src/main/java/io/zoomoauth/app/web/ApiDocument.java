package io.zoomoauth.app.web;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.config.annotation.SerdeConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the generated OpenAPI document's success schemas in line with the JSON the service writes, from the same
 * bean introspections that Micronaut Serde writes with. micronaut-openapi builds schemas at compile time from a
 * type's own declaration; it does not apply a {@code @SerdeImport} mixin of another module (Zoom's names from
 * {@code ZoomNames} on a list item the adapter imports), a {@code @Serdeable} naming strategy, {@code @JsonValue}
 * on an id type, {@code @JsonAnyGetter} (fields written inline) or a page's item key, which is a runtime value
 * (the listing's name). So, per schema reached from an {@code /api} route's answer: a property is renamed to the
 * name Serde writes, an id type becomes its value's schema, an any-getter becomes {@code additionalProperties} or,
 * for a page, the items under the route's key. Types, formats and descriptions stay the processor's.
 */
final class ApiDocument {

    /** One route's success answer: the documented operation, its Java type and, for a page, its items' key. */
    record Answer(String path, String method, Argument<?> type, Optional<String> itemsKey) {
    }

    private final Map<String, Object> schemas;
    private final Set<String> done = new HashSet<>();
    private final Set<String> inlined = new HashSet<>();

    private ApiDocument(Map<String, Object> document) {
        this.schemas = map(map(document.get("components")).get("schemas"));
    }

    /** Corrects {@code document} (a parsed OpenAPI document) in place for the given answers. */
    static void correct(Map<String, Object> document, List<Answer> answers) {
        ApiDocument corrector = new ApiDocument(document);
        for (Answer answer : answers) {
            Map<String, Object> operation = map(map(map(document.get("paths")).get(answer.path())).get(answer.method()));
            map(operation.get("responses")).forEach((code, response) -> {
                if (code.startsWith("2")) {
                    Map<String, Object> json = map(map(map(response).get("content")).get("application/json"));
                    corrector.inline(json, "schema", answer.type(), answer.itemsKey());
                }
            });
        }
        // An id type's own schema ({"value": ...}) describes nothing that is sent once its uses are inlined.
        Set<String> referenced = new HashSet<>();
        references(document, referenced);
        corrector.inlined.stream().filter(name -> !referenced.contains(name)).forEach(corrector.schemas::remove);
    }

    /**
     * Routes with a multi-segment variable ({@code /zoom/{+path}}): micronaut-openapi drops the variable from the
     * documented path, so a generated client would call {@code /zoom} itself. The path is documented with it, as a
     * required path parameter whose slashes are sent as they are.
     */
    static void addMultiSegmentVariables(Map<String, Object> document, List<String> routeTemplates) {
        Map<String, Object> paths = map(document.get("paths"));
        for (String template : routeTemplates) {
            int start = template.indexOf("/{+");
            if (start < 0 || !paths.containsKey(template.substring(0, start))) {
                continue;
            }
            String name = template.substring(start + 3, template.indexOf('}', start));
            Object operations = paths.remove(template.substring(0, start));
            paths.put(documentedPath(template), operations);
            map(operations).values().stream().filter(Map.class::isInstance).forEach(operation -> {
                Map<String, Object> op = map(operation);
                List<Object> parameters = new ArrayList<>(op.get("parameters") instanceof List<?> l ? l : List.of());
                parameters.add(new LinkedHashMap<>(Map.of("name", name, "in", "path", "required", true,
                        "description", "One or more path segments, e.g. users/me/meetings; send its '/' unencoded "
                                + "(an encoded '/' is refused)", "schema", Map.of("type", "string"))));
                op.put("parameters", parameters);
            });
        }
    }

    /** A route template as OpenAPI writes paths: {@code {+path}} becomes {@code {path}}. */
    static String documentedPath(String template) {
        return template.replace("{+", "{");
    }

    private static void references(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((key, value) -> {
                if ("$ref".equals(key) && value instanceof String ref) {
                    names.add(ref.substring(ref.lastIndexOf('/') + 1));
                }
                references(value, names);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> references(item, names));
        }
    }

    /** The schema at {@code holder[key]} for values of {@code type}: an id type inlined, a referenced one corrected. */
    private void inline(Map<String, Object> holder, String key, Argument<?> type, Optional<String> itemsKey) {
        Map<String, Object> schema = map(holder.get(key));
        if (schema.get("$ref") instanceof String ref) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Optional<? extends BeanIntrospection<?>> bean = BeanIntrospector.SHARED.findIntrospection(type.getType());
            Optional<? extends BeanProperty<?, ?>> value = bean.flatMap(b -> b.getBeanProperties().stream()
                    .filter(p -> p.hasAnnotation(SerdeConfig.SerValue.class)).findFirst());
            if (value.isPresent()) {
                holder.put(key, map(map(schemas.get(name)).get("properties")).get(value.get().getName()));
                inlined.add(name);
            } else if (bean.isPresent() && schemas.containsKey(name) && done.add(name)) {
                correct(map(schemas.get(name)), bean.get(), type, itemsKey);
            }
        } else if ("array".equals(schema.get("type")) && type.getTypeParameters().length > 0) {
            inline(schema, "items", type.getTypeParameters()[0], Optional.empty());
        }
    }

    private void correct(Map<String, Object> schema, BeanIntrospection<?> bean, Argument<?> type, Optional<String> itemsKey) {
        Map<String, Object> documented = map(schema.get("properties"));
        Map<String, Object> written = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>(schema.get("required") instanceof List<?> l ? l : List.of());
        for (BeanProperty<?, ?> property : bean.getBeanProperties()) {
            String javaName = property.getName();
            String jsonName = property.stringValue(SerdeConfig.class, SerdeConfig.PROPERTY).orElse(javaName);
            boolean wasRequired = required.remove(javaName) | required.remove(jsonName);
            if (property.hasAnnotation(SerdeConfig.SerAnyGetter.class)) {
                Object mapSchema = documented.get(javaName);
                if (itemsKey.isPresent() && mapSchema != null) {
                    // A page: the items are written under the listing's key, the documented map's value type.
                    written.put(itemsKey.get(), map(mapSchema).get("additionalProperties"));
                    required.add(itemsKey.get());
                    inline(written, itemsKey.get(), Argument.listOf(type.getTypeParameters()[0]), Optional.empty());
                } else {
                    schema.put("additionalProperties", true); // Zoom's untyped fields, inline and unchanged
                }
                continue;
            }
            Object propertySchema = documented.containsKey(jsonName) ? documented.get(jsonName) : documented.get(javaName);
            if (propertySchema == null || isTrue(property, SerdeConfig.IGNORED)) {
                continue;
            }
            written.put(jsonName, propertySchema);
            if (wasRequired) {
                required.add(jsonName);
            }
            inline(written, jsonName, unwrapped(property.asArgument()), Optional.empty());
        }
        schema.put("properties", written);
        if (required.isEmpty()) {
            schema.remove("required"); // OpenAPI 3.0: a required list is never empty
        } else {
            schema.put("required", required);
        }
    }

    private static Argument<?> unwrapped(Argument<?> type) {
        return type.getType() == Optional.class && type.getTypeParameters().length == 1 ? type.getTypeParameters()[0] : type;
    }

    private static boolean isTrue(BeanProperty<?, ?> property, String member) {
        return property.booleanValue(SerdeConfig.class, member).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
