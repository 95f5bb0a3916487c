package io.zoomoauth.app.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Serves the OpenAPI document that micronaut-openapi generated at compile time ({@code META-INF/swagger/*.yml}),
 * corrected once by {@link ApiDocument} so that every {@code /api} success schema is the JSON the route writes.
 * It takes precedence over the static {@code /swagger/**} mapping, which still serves the Swagger UI.
 */
@Controller("/swagger")
@Hidden
public class ApiDocumentController {

    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*\\.yml");
    private static final MediaType YAML = MediaType.of("application/yaml");

    private final BeanProvider<Router> router;
    private final Map<String, String> served = new ConcurrentHashMap<>();

    ApiDocumentController(BeanProvider<Router> router) {
        this.router = router;
    }

    @Get("/{file}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> document(@PathVariable String file) {
        if (!FILE.matcher(file).matches()) {
            return HttpResponse.notFound();
        }
        Optional<String> text = Optional.ofNullable(served.computeIfAbsent(file, this::corrected));
        return text.<HttpResponse<?>>map(body -> HttpResponse.ok(body).contentType(YAML)).orElseGet(HttpResponse::notFound);
    }

    private String corrected(String file) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/swagger/" + file)) {
            if (in == null) {
                return null;
            }
            Map<String, Object> document = new Yaml().load(in);
            List<String> templates = router.get().uriRoutes().map(route -> route.getUriMatchTemplate().toPathString())
                    .filter(path -> path.startsWith("/api/")).toList();
            ApiDocument.addMultiSegmentVariables(document, templates);
            ApiDocument.correct(document, answers());
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            return new Yaml(options).dump(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code /api} route's answer type; for a {@link PageJson} of a {@link ListRoutes} controller, its key. */
    private List<ApiDocument.Answer> answers() {
        return router.get().uriRoutes().filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                .map(ApiDocumentController::answer).toList();
    }

    private static ApiDocument.Answer answer(UriRouteInfo<?, ?> route) {
        Argument<?> type = route.getReturnType().asArgument();
        Optional<String> itemsKey = Optional.empty();
        if (type.getType() == PageJson.class && route.getTargetMethod().getTarget() instanceof ListRoutes lists) {
            itemsKey = Optional.of(lists.listing().name());
        }
        String path = ApiDocument.documentedPath(route.getUriMatchTemplate().toPathString().replaceAll("\\{[?&][^}]*}", ""));
        return new ApiDocument.Answer(path, route.getHttpMethodName().toLowerCase(java.util.Locale.ROOT), type, itemsKey);
    }
}
