package badfixture.app;

import io.micronaut.http.client.annotation.Client;

/** Breaks "declarative Zoom clients stay inside their HTTP adapter area": public, and in the app. */
@Client("https://api.zoom.example")
public interface LeakyZoomClient {
}
