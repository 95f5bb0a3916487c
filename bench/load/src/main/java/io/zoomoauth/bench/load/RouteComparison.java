package io.zoomoauth.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same closed-loop load sent along several routes in alternating blocks (route 1, 2, …, 1, 2, …), so drift
 * (JIT, heap, a neighbour's build) hits every route alike, with the CPU each route's target process used per call,
 * read from /proc, and what the generator and the fake (one JVM) used per call.
 */
final class RouteComparison {

    /** One way to create a meeting: its target process (null: none, straight at the fake) and its requests. */
    record Route(String name, ServiceProcess process, List<LoadRunner.Target> targets) {
    }

    /** A route's merged blocks. CPU figures are ms per call; {@code cpuPerCall} is NaN for a route without process. */
    record Measured(String name, LoadRunner.Result result, double cpuPerCall, double generatorCpuPerCall) {

        String line() {
            return result.line() + String.format("  CPU/call: target %s, generator+fake %.3f ms",
                    Double.isNaN(cpuPerCall) ? "-" : String.format("%.3f ms", cpuPerCall), generatorCpuPerCall);
        }
    }

    private RouteComparison() {
    }

    /**
     * {@code rounds} rounds of one {@code blockMillis} block per route, {@code workers} workers each;
     * {@code afterBlock} runs after every block (e.g. to drop the fake's recorded calls).
     */
    static Map<String, Measured> alternate(String label, List<Route> routes, int workers, long blockMillis, int rounds,
                                           Runnable afterBlock) {
        Map<String, List<LoadRunner.Result>> parts = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Route route : routes) {
                double self0 = ServiceProcess.selfCpuMillis();
                double target0 = route.process() == null ? 0 : route.process().cpuMillis();
                LoadRunner.Result block = LoadRunner.run(label + " " + route.name() + " #" + round, route.targets(), workers,
                        blockMillis, 0);
                double[] used = cpu.computeIfAbsent(route.name(), k -> new double[2]);
                used[0] += route.process() == null ? Double.NaN : route.process().cpuMillis() - target0;
                used[1] += ServiceProcess.selfCpuMillis() - self0;
                LoadBenchmark.log(block.line());
                parts.computeIfAbsent(route.name(), k -> new ArrayList<>()).add(block);
                afterBlock.run();
            }
        }
        Map<String, Measured> measured = new LinkedHashMap<>();
        for (Route route : routes) {
            LoadRunner.Result merged = LoadRunner.Result.merge(workers + " workers, " + route.name(), parts.get(route.name()));
            double[] used = cpu.get(route.name());
            measured.put(route.name(), new Measured(route.name(), merged, used[0] / merged.requests(),
                    used[1] / merged.requests()));
        }
        return measured;
    }
}
