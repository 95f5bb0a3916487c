package io.zoomoauth.app.demo;

import java.util.List;

/** Demo mode will not start: the configuration points at something real (a production database, Zoom itself). */
public final class DemoRefused extends RuntimeException {

    DemoRefused(List<String> reasons) {
        super("Demo mode refuses to start: " + String.join("; ", reasons)
                + ". Demo mode always runs on its own in-memory database against its own fake Zoom; unset these "
                + "settings, or start without --demo / ZOOM_DEMO.", null, false, false);
    }
}
