package io.zoomoauth.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One service process ({@code java -jar zoom-app-…-all.jar}) started with environment variables, and its vitals. */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern MICRONAUT_STARTUP = Pattern.compile("Startup completed in (\\d+)ms");

    final String name;
    final int port;
    final Path log;
    final List<String> jvmFlags;
    private final Process process;
    private final long startedNanos;
    private long healthyNanos = -1;

    private ServiceProcess(String name, int port, Path log, List<String> jvmFlags, Process process, long startedNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.jvmFlags = jvmFlags;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** Starts the process (cwd {@code workDir}, output to {@code workDir/<name>.log}); does not wait for health. */
    static ServiceProcess launch(String name, Path jar, List<String> jvmFlags, Map<String, String> env, int port,
                                 Path workDir) {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        return launchCommand(name, command, jvmFlags, env, port, workDir);
    }

    /** The JVM this benchmark runs on; every process it starts uses the same one. */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Like {@link #launch}, for any command (e.g. the bin/zoom-oauth launcher, which execs java itself). */
    static ServiceProcess launchCommand(String name, List<String> command, List<String> jvmFlags, Map<String, String> env,
                                        int port, Path workDir) {
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            Path log = workDir.resolve(name + ".log");
            builder.redirectOutput(log.toFile());
            // Only what we set: nothing inherited may point the service elsewhere.
            builder.environment().keySet().removeIf(k -> k.startsWith("ZOOM_") || k.startsWith("DATASOURCES_")
                    || k.startsWith("MICRONAUT_") || k.startsWith("FLOOR_") || k.startsWith("JAVA_TOOL_OPTIONS")
                    || k.startsWith("JDK_JAVA_OPTIONS") || k.equals("JAVA_OPTS"));
            // The benchmark connects thousands of users from one address: lift the per-address limit unless set.
            builder.environment().put("ZOOM_RATE_LIMIT_PER_MINUTE", "10000000");
            builder.environment().put("ZOOM_RATE_LIMIT_BURST", "10000000");
            builder.environment().putAll(env);
            builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            long started = System.nanoTime();
            Process process = builder.start();
            return new ServiceProcess(name, port, log, List.copyOf(jvmFlags), process, started);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Polls {@code GET /health} every 5 ms until it answers 200 with status UP; returns ms since the process start. */
    double awaitHealthy(long timeoutMillis) {
        byte[] request = HttpConnection.request("GET", "/health", port, null, "application/json", null);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was healthy; see "
                        + log + "\n" + tail(40));
            }
            try (HttpConnection connection = new HttpConnection(port)) {
                HttpConnection.Response answer = connection.exchange(request);
                if (answer.status() == 200 && answer.text().contains("\"UP\"")) {
                    healthyNanos = System.nanoTime();
                    return startupMillis();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(5);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeoutMillis + " ms; see " + log + "\n" + tail(40));
    }

    double startupMillis() {
        return (healthyNanos - startedNanos) / 1e6;
    }

    /** What Micronaut itself reports ("Startup completed in N ms"): JVM start and class loading before main not included. */
    Optional<Long> micronautStartupMillis() {
        try {
            Matcher m = MICRONAUT_STARTUP.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    long pid() {
        return process.pid();
    }

    /** VmRSS and VmHWM (peak RSS) in kB from /proc/&lt;pid&gt;/status. */
    long[] rssKb() {
        long rss = -1;
        long hwm = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {rss, hwm};
    }

    /** CPU time (user + system) the process has used so far, in ms, from /proc/&lt;pid&gt;/stat (clock ticks of 10 ms). */
    double cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, utime field 14, stime field 15 (1-based in proc(5))
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of this (the load generator's) JVM so far, in ms. */
    static double selfCpuMillis() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e6 : Double.NaN;
    }

    /** The latest distinct WARN/ERROR lines of the log, without timestamps and thread names. */
    List<String> warnings(int max) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
            for (int i = all.size() - 1; i >= 0 && distinct.size() < max; i--) {
                String line = all.get(i);
                if ((line.contains(" WARN ") || line.contains(" ERROR ")) && !line.contains("answered 401")) {
                    distinct.add(line.replaceFirst("^\\S+\\s+(WARN|ERROR)\\s+\\[[^]]*\\]", "$1"));
                }
            }
            return List.copyOf(distinct);
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM (shutdown hooks run, an AppCDS archive is written), then SIGKILL after {@code graceSeconds}. */
    int stop(int graceSeconds) {
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return process.isAlive() ? Integer.MIN_VALUE : process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop(20);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
