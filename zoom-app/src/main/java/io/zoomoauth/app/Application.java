package io.zoomoauth.app;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.zoomoauth.app.startup.GuardedStartup;

/** Entry point of the runnable service. */
@OpenAPIDefinition(info = @Info(title = "Zoom OAuth service", version = "0.1",
        description = "Connects Zoom users over OAuth, keeps their tokens alive and calls the Zoom API for them"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "One of the keys in ZOOM_API_KEYS")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        GuardedStartup.of(args).banner(false).mainClass(Application.class).start();
    }
}
