package io.zoomoauth.app.demo;

import java.util.Arrays;
import java.util.Map;

/**
 * Whether this start is demo mode: {@code --demo} on the command line ({@code bin/zoom-oauth --demo}) or
 * {@code ZOOM_DEMO=true} ({@code java -jar}). Decided before the application context exists, so a normal start
 * never touches {@link DemoMode} and never loads a class of the fake Zoom.
 */
public final class DemoSwitch {

    static final String FLAG = "--demo";
    static final String VARIABLE = "ZOOM_DEMO";

    private DemoSwitch() {
    }

    public static boolean requested(String[] args, Map<String, String> environment) {
        return Arrays.asList(args).contains(FLAG) || "true".equalsIgnoreCase(environment.getOrDefault(VARIABLE, "").trim());
    }

    /** The arguments for Micronaut: the flag is ours, not a property. */
    public static String[] withoutFlag(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.equals(FLAG)).toArray(String[]::new);
    }
}
