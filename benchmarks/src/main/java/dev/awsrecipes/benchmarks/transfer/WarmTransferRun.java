package dev.awsrecipes.benchmarks.transfer;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Transfers;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Main: the same transfer several times in one JVM, each timed (wall and the process's CPU time), so
 * the first run shows the cold cost and the later ones the warm, per-byte cost of the engine.
 *
 * <p>Arguments: {@code upload|download file bucket key iterations concurrency partSizeMib}. An upload
 * sends the file to the key; a download fetches the key into the file (replacing it). One line per
 * iteration on stdout ({@link ChildProtocol}); endpoint, region and keys from the {@code BENCH_*}
 * variables.
 */
public final class WarmTransferRun {
    private static final long MIB = 1024L * 1024;

    private WarmTransferRun() {}

    public static void main(String[] args) throws Exception {
        boolean upload =
                switch (args[0]) {
                    case "upload" -> true;
                    case "download" -> false;
                    default -> throw new IllegalArgumentException("upload or download, not " + args[0]);
                };
        Path file = Path.of(args[1]);
        String bucket = args[2];
        String key = args[3];
        int iterations = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        long partSize = Long.parseLong(args[6]) * MIB;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Aws aws = BenchSession.builder(Knobs.fromEnvironment(), new BenchSession.RequestCounter())
                .build()) {
            S3Transfers transfers = S3Transfers.using(aws);
            for (int i = 1; i <= iterations; i++) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                long bytes;
                if (upload) {
                    bytes = transfers
                            .upload(u -> u.bucket(bucket)
                                    .key(key)
                                    .file(file)
                                    .partSize(Math.max(partSize, 5 * MIB))
                                    .concurrency(concurrency))
                            .bytes();
                } else {
                    bytes = transfers
                            .download(d -> d.bucket(bucket)
                                    .key(key)
                                    .file(file)
                                    .overwrite(true)
                                    .partSize(partSize)
                                    .concurrency(concurrency))
                            .bytes();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("iteration", i);
                line.put("bytes", bytes);
                line.put("seconds", seconds);
                line.put("cpuSeconds", cpuSeconds);
                line.put("cpuSecondsPerGiB", bytes == 0 ? 0 : cpuSeconds * 1024 * MIB / bytes);
                line.put("heap", ChildProtocol.peakHeapMib());
                System.out.println(ChildProtocol.line(line));
            }
        }
    }
}
