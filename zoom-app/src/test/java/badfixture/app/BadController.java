package badfixture.app;

import badfixture.adapters.http.HttpThing;
import badfixture.domain.SomethingPort;

/** Breaks "controllers call in-ports": it reaches for an adapter and an out-port. */
@io.micronaut.http.annotation.Controller("/bad")
public class BadController {
    HttpThing adapter;
    SomethingPort port;
}
