package dev.awsrecipes.benchmarks.http;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.S3Transfers;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Main: one download in a fresh JVM, as the command line makes it ({@code S3Transfers.download} to a
 * file), over one of the SDK's synchronous HTTP clients, so that {@code scripts/bench-http-clients} can
 * time the whole process (wall, CPU, peak memory) per client.
 *
 * <p>Arguments: {@code client file bucket key concurrency partSize}, where client is one of {@link
 * Client}'s names and partSize is {@code auto} (the default ranges, several per GET) or MiB (one GET per
 * range). Endpoint, region and keys from the {@code BENCH_*} variables. Prints one {@link ChildProtocol}
 * line: the requests sent, the in-process time and CPU.
 */
public final class HttpClientDownloadRun {
    private static final long MIB = 1024L * 1024;

    /** The clients measured, each built with the session's defaults (timeouts, pool size, trust). */
    enum Client {
        APACHE4(ApacheHttpClient::builder),
        APACHE5(Apache5HttpClient::builder),
        URLCONNECTION(UrlConnectionHttpClient::builder),
        CRT(AwsCrtHttpClient::builder);

        private final Supplier<SdkHttpClient.Builder<?>> builder;

        Client(Supplier<SdkHttpClient.Builder<?>> builder) {
            this.builder = builder;
        }

        static Client named(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace("-", ""));
        }
    }

    private HttpClientDownloadRun() {}

    public static void main(String[] args) throws Exception {
        Client client = Client.named(args[0]);
        Path file = Path.of(args[1]);
        String bucket = args[2];
        String key = args[3];
        int concurrency = Integer.parseInt(args[4]);
        String partSize = args[5];
        if (client == Client.URLCONNECTION) {
            // The JDK keeps 5 idle connections per host unless told otherwise: more would be closed after
            // every request and opened again, which measures the JDK's default, not the client.
            System.setProperty("http.maxConnections", Integer.toString(Math.max(5, concurrency)));
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        BenchSession.RequestCounter requests = new BenchSession.RequestCounter();
        try (Aws aws = BenchSession.builder(Knobs.fromEnvironment(), requests)
                .httpClientBuilder(client.builder.get())
                .build()) {
            DownloadSpec.Builder spec = DownloadSpec.builder()
                    .bucket(bucket)
                    .key(key)
                    .file(file)
                    .overwrite(true)
                    .concurrency(concurrency);
            if (!"auto".equals(partSize)) {
                spec.partSize(Long.parseLong(partSize) * MIB);
            }
            DownloadResult result = S3Transfers.using(aws).download(spec.build());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("client", client.name().toLowerCase(java.util.Locale.ROOT));
            line.put("bytes", result.bytes());
            line.put("requests", requests.count());
            line.put("seconds", (System.nanoTime() - start) / 1e9);
            line.put("cpuSeconds", os.getProcessCpuTime() / 1e9);
            line.put("heap", ChildProtocol.peakHeapMib());
            System.out.println(ChildProtocol.line(line));
        }
    }
}
