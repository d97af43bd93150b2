package dev.awsrecipes.benchmarks.url;

import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.Fork;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.benchmarks.harness.Measurement;
import dev.awsrecipes.benchmarks.harness.Proc;
import dev.awsrecipes.benchmarks.harness.Reporter;
import dev.awsrecipes.benchmarks.harness.Results;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Main: benchmark 4, presigned URLs per second on one core — our expiringUrl (one presigner shared by
 * the session) against the SDK presigner built and closed for every URL. Presigning is local: no
 * request reaches S3.
 */
public final class ExpiringUrlBenchmark {
    static final String OURS = "ours (expiringUrl, shared presigner)";

    private ExpiringUrlBenchmark() {}

    public static void main(String[] args) throws Exception {
        Knobs knobs = Knobs.fromEnvironment();
        double warmup = knobs.quick() ? 3 : 10;
        double window = knobs.quick() ? 2 : 5;
        String caseName = "1 core, GET URLs";
        Results results = new Results("expiring-url", "expiringUrl: presigned URLs per second on one core", OURS)
                .work(caseName, 1, "URLs/s");
        boolean pinned = Proc.available("taskset");
        String settings = (pinned ? "taskset -c 0, " : "") + "-XX:ActiveProcessorCount=1, 1 thread";
        measure(results.add(caseName, OURS, settings), "ours", pinned, warmup, window, knobs.runs());
        measure(
                results.add(caseName, "SDK presigner, new per URL", settings),
                "naive",
                pinned,
                warmup,
                window,
                knobs.runs());
        results.note(String.format(
                Locale.ROOT,
                "Each contender runs in its own JVM pinned to one core: %.0f s of warm-up, then %d windows of"
                        + " %.0f s of the process's CPU time (GC and JIT included; time the shared core spent on"
                        + " other processes excluded); the median window is shown: CPU time per URL and URLs per"
                        + " CPU-second.",
                warmup,
                knobs.runs(),
                window));
        Reporter.publish(results, knobs, System.out);
    }

    private static void measure(
            Measurement m, String contender, boolean pinned, double warmup, double window, int windows)
            throws Exception {
        List<String> command = new ArrayList<>();
        if (pinned) {
            command.addAll(List.of("taskset", "-c", "0"));
        }
        command.addAll(Fork.command(
                List.of("-XX:ActiveProcessorCount=1"),
                ExpiringUrlRun.class,
                List.of(contender, Double.toString(warmup), Double.toString(window), Integer.toString(windows))));
        Proc.Result r = Proc.run(command, Map.of(), Duration.ofMinutes(10));
        if (!r.ok()) {
            m.failed(r.lastError());
            return;
        }
        m.peakRssMib(r.maxRssMib());
        m.requests(0);
        for (Map<String, String> run : ChildProtocol.parse(r.stdout())) {
            m.addReported(run);
        }
        System.out.printf(
                Locale.ROOT,
                "expiring-url %-40s %.0f URLs/s (median of %d windows)%n",
                m.contender(),
                1 / m.medianSeconds(),
                m.seconds().size());
    }
}
