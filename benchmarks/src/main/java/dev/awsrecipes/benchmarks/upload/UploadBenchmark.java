package dev.awsrecipes.benchmarks.upload;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.Buckets;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.benchmarks.harness.Measurement;
import dev.awsrecipes.benchmarks.harness.Proc;
import dev.awsrecipes.benchmarks.harness.Reporter;
import dev.awsrecipes.benchmarks.harness.Results;
import dev.awsrecipes.benchmarks.harness.Stats;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.UrlMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Main: benchmark 1, uploading a large random file — our multipart engine against the SDK's transfer
 * manager, the AWS CLI, rclone, one PutObject, and the server's ceiling (one PUT with curl to a
 * presigned URL). Every run is a fresh process; the time is its wall time, start-up included.
 */
public final class UploadBenchmark {
    private static final long MIB = 1024L * 1024;
    private static final long MAX_SINGLE_PUT = 5L * 1024 * MIB;

    private final Knobs knobs;
    private final Aws aws;
    private final String bucket;
    private final Path workDir;
    private final UploadContenders contenders;

    private UploadBenchmark(Knobs knobs, Aws aws, String bucket, Path workDir) throws IOException {
        this.knobs = knobs;
        this.aws = aws;
        this.bucket = bucket;
        this.workDir = workDir;
        this.contenders = new UploadContenders(knobs, bucket, workDir, this::presignedPut);
    }

    public static void main(String[] args) throws Exception {
        Knobs knobs = Knobs.fromEnvironment();
        long[] sizesMib = Knobs.longs(
                System.getenv(), "BENCH_UPLOAD_SIZES_MIB", knobs.quick() ? new long[] {256} : new long[] {1024, 4096});
        String bucket = "bench-upload-" + UUID.randomUUID().toString().substring(0, 8);
        Path workDir = Files.createTempDirectory(knobs.tmpDir(), "bench-upload-");
        try (Aws aws =
                BenchSession.builder(knobs, new BenchSession.RequestCounter()).build()) {
            S3Recipes.using(aws).createBucket(bucket);
            try {
                Results results = new UploadBenchmark(knobs, aws, bucket, workDir).run(sizesMib);
                Reporter.publish(results, knobs, System.out);
            } finally {
                Buckets.deleteWithContents(aws, bucket);
            }
        } finally {
            try (var files = Files.list(workDir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(workDir);
        }
    }

    private Results run(long[] sizesMib) throws Exception {
        Results results = new Results("upload", "Upload: one large random file", UploadContenders.OURS);
        Map<String, Double> opSeconds = new LinkedHashMap<>();
        for (long sizeMib : sizesMib) {
            String caseName = sizeMib % 1024 == 0 ? (sizeMib / 1024) + " GiB" : sizeMib + " MiB";
            Path file = workDir.resolve("random-" + sizeMib + "MiB.bin");
            System.out.printf(Locale.ROOT, "upload: writing %s of random bytes to %s%n", caseName, file);
            RandomFiles.write(file, sizeMib * MIB, sizeMib);
            results.work(caseName, sizeMib, "MiB/s");
            List<UploadContenders.Contender> all = contenders.all(sizeMib * MIB <= MAX_SINGLE_PUT);
            Map<String, Measurement> byName = new LinkedHashMap<>();
            Map<String, List<Double>> ops = new LinkedHashMap<>();
            for (UploadContenders.Contender c : all) {
                Measurement m = results.add(caseName, c.name(), c.settings());
                c.unavailable().ifPresent(m::notAvailable);
                byName.put(c.name(), m);
                ops.put(c.name(), new ArrayList<>());
            }
            // Round-robin, so that a slow moment of the shared machine hits every contender alike.
            for (int round = 1; round <= knobs.runs(); round++) {
                for (UploadContenders.Contender c : all) {
                    Measurement m = byName.get(c.name());
                    if (!m.active()) {
                        continue;
                    }
                    runOnce(c, m, ops.get(c.name()), file, sizeMib, caseName, round);
                }
            }
            ops.forEach((name, list) -> {
                if (!list.isEmpty()) {
                    opSeconds.put(caseName + " " + name, Stats.median(list));
                }
            });
            Files.deleteIfExists(file);
        }
        notes(results, opSeconds);
        return results;
    }

    private void runOnce(
            UploadContenders.Contender c,
            Measurement m,
            List<Double> ops,
            Path file,
            long sizeMib,
            String caseName,
            int round)
            throws Exception {
        String key = "run-" + round + "/" + c.name().replaceAll("[^A-Za-z0-9]+", "-") + ".bin";
        Proc.Result r = c.run(file, key);
        String verdict = r.ok() ? checkStored(key, sizeMib * MIB) : r.lastError();
        if (verdict.isEmpty()) {
            m.addRun(r.wallSeconds());
            m.peakRssMib(r.maxRssMib());
            List<Map<String, String>> reported = ChildProtocol.parse(r.stdout());
            if (!reported.isEmpty()) {
                Map<String, String> v = reported.get(0);
                if (v.containsKey("seconds")) {
                    ops.add(Double.parseDouble(v.get("seconds")));
                }
                if (v.containsKey("heap")) {
                    m.peakHeapMib(Double.parseDouble(v.get("heap")));
                }
                if (v.containsKey("requests")) {
                    m.requests(Long.parseLong(v.get("requests")));
                }
            }
        } else {
            m.failed(verdict);
        }
        System.out.printf(
                Locale.ROOT,
                "upload %s %-28s run %d: %s%n",
                caseName,
                c.name(),
                round,
                verdict.isEmpty()
                        ? String.format(
                                Locale.ROOT,
                                "%.2f s, %.0f MiB/s, RSS %.0f MiB",
                                r.wallSeconds(),
                                sizeMib / r.wallSeconds(),
                                r.maxRssMib())
                        : verdict);
        Buckets.s3(aws).deleteObject(d -> d.bucket(bucket).key(key));
    }

    /** Empty when the object is there with the file's size, else what is wrong. */
    private String checkStored(String key, long bytes) {
        S3Client s3 = Buckets.s3(aws);
        long stored = s3.headObject(h -> h.bucket(bucket).key(key)).contentLength();
        return stored == bytes ? "" : "stored " + stored + " bytes instead of " + bytes;
    }

    private String presignedPut(String key) {
        return S3Recipes.using(aws)
                .expiringUrl(bucket, key, Duration.ofHours(1), UrlMethod.PUT)
                .url()
                .toString();
    }

    private void notes(Results results, Map<String, Double> opSeconds) {
        results.note(String.format(
                Locale.ROOT,
                "Equal settings where a contender lets them be set: %d parts in flight, %d MiB parts"
                        + " (ours, both transfer managers, AWS CLI, rclone); PutObject and curl send one request.",
                knobs.concurrency(),
                knobs.partSizeMib()));
        results.note("Times are wall times of a fresh process per run (JVM or Python start-up included);"
                + " ours must reach at least 80% of the curl ceiling's rate.");
        if (!opSeconds.isEmpty()) {
            StringBuilder s =
                    new StringBuilder("Upload call alone inside the JVM (clients built, start-up excluded), median: ");
            List<String> parts = new ArrayList<>();
            opSeconds.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %.2f s", k, v)));
            s.append(String.join("; ", parts)).append('.');
            results.note(s.toString());
        }
        for (String c : results.cases()) {
            results.find(c, UploadContenders.OURS).ifPresent(ours -> results.find(c, UploadContenders.CEILING)
                    .filter(ceiling -> ours.ok() && ceiling.ok())
                    .ifPresent(ceiling -> results.note(String.format(
                            Locale.ROOT,
                            "%s: ours reaches %.0f%% of the server's ceiling (one curl PUT).",
                            c,
                            100 * ceiling.medianSeconds() / ours.medianSeconds()))));
        }
    }
}
