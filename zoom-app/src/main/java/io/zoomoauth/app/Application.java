package io.zoomoauth.app;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.servers.ServerVariable;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.app.demo.DemoMode;
import io.zoomoauth.app.demo.DemoRefused;
import io.zoomoauth.app.demo.DemoSwitch;
import io.zoomoauth.app.startup.GuardedStartup;

/** Entry point of the runnable service. */
@OpenAPIDefinition(info = @Info(title = "Zoom OAuth service", version = "0.1",
        description = "Connects Zoom users over OAuth, keeps their tokens alive and calls the Zoom API for them"),
        servers = @Server(url = "{baseUrl}", description = "This service",
                variables = @ServerVariable(name = "baseUrl", defaultValue = "http://localhost:8080",
                        description = "Where the service runs (scheme, host and port)")),
        tags = {@Tag(name = "connections", description = "Connected Zoom users"),
                @Tag(name = "meetings", description = "A user's Zoom meetings"),
                @Tag(name = "users", description = "A user's Zoom profile"),
                @Tag(name = "oauth", description = "The browser's connect flow"),
                @Tag(name = "webhooks", description = "Zoom's event notifications")})
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "One of the keys in ZOOM_API_KEYS")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // The guarded start reports every settings problem at once; demo mode adds its fake Zoom's settings first.
        Micronaut micronaut = GuardedStartup.of(DemoSwitch.withoutFlag(args)).banner(false).mainClass(Application.class);
        if (!DemoSwitch.requested(args, System.getenv())) {
            micronaut.start();
            return;
        }
        try {
            DemoMode.start(micronaut);
        } catch (DemoRefused refused) {
            System.err.println(refused.getMessage());
            System.exit(2);
        }
    }
}
