package dev.awsrecipes.benchmarks.upload;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.UploadResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/**
 * Main, run in a JVM of its own by {@link UploadBenchmark} and {@code scripts/bench-versitygw}: uploads
 * one file once with one Java contender (or, for the transfer managers' {@code -download} contenders,
 * downloads the object into the file) and reports the time of the transfer itself (clients already
 * built) and the heap it used.
 *
 * <p>Arguments: {@code contender file bucket key concurrency partSizeMib}; the endpoint and region come
 * from the {@code BENCH_*} variables as in {@link Knobs}.
 */
public final class UploadRun {
    static final long MIB = 1024L * 1024;

    private UploadRun() {}

    public static void main(String[] args) throws Exception {
        String contender = args[0];
        Path file = Path.of(args[1]);
        String bucket = args[2];
        String key = args[3];
        int concurrency = Integer.parseInt(args[4]);
        long partSize = Long.parseLong(args[5]) * MIB;
        Knobs knobs = Knobs.fromEnvironment();
        BenchSession.RequestCounter counter = new BenchSession.RequestCounter();
        Map<String, Object> result = new LinkedHashMap<>();
        switch (contender) {
            case "ours" -> ours(knobs, counter, file, bucket, key, concurrency, partSize, result);
            case "tm-crt" -> withTransferManager(
                    crtClient(knobs, concurrency, partSize), Direction.UPLOAD, file, bucket, key, result);
            case "tm-java" -> withTransferManager(
                    javaClient(knobs, concurrency, partSize), Direction.UPLOAD, file, bucket, key, result);
            case "tm-crt-download" -> withTransferManager(
                    crtClient(knobs, concurrency, partSize), Direction.DOWNLOAD, file, bucket, key, result);
            case "tm-java-download" -> withTransferManager(
                    javaClient(knobs, concurrency, partSize), Direction.DOWNLOAD, file, bucket, key, result);
            case "put-object" -> putObject(knobs, file, bucket, key, result);
            default -> throw new IllegalArgumentException("unknown contender " + contender);
        }
        result.put("heap", ChildProtocol.peakHeapMib());
        System.out.println(ChildProtocol.line(result));
    }

    private static void ours(
            Knobs knobs,
            BenchSession.RequestCounter counter,
            Path file,
            String bucket,
            String key,
            int concurrency,
            long partSize,
            Map<String, Object> result) {
        try (Aws aws = BenchSession.builder(knobs, counter).build()) {
            S3Transfers transfers = S3Transfers.using(aws);
            long start = System.nanoTime();
            UploadResult r = transfers.upload(u -> u.bucket(bucket)
                    .key(key)
                    .file(file)
                    .partSize(partSize)
                    .multipartThreshold(partSize)
                    .concurrency(concurrency));
            result.put("seconds", (System.nanoTime() - start) / 1e9);
            result.put("requests", counter.count());
            result.put("parts", r.parts());
        }
    }

    private enum Direction {
        UPLOAD,
        DOWNLOAD
    }

    /** The CRT-based S3 client, as the SDK recommends for its transfer manager. */
    private static S3AsyncClient crtClient(Knobs knobs, int concurrency, long partSize) {
        return S3AsyncClient.crtBuilder()
                .endpointOverride(URI.create(knobs.endpoint()))
                .forcePathStyle(true)
                .region(Region.of(knobs.region()))
                .credentialsProvider(credentials())
                .maxConcurrency(concurrency)
                .minimumPartSizeInBytes(partSize)
                .build();
    }

    /** The Java S3 async client with multipart on (Netty). */
    private static S3AsyncClient javaClient(Knobs knobs, int concurrency, long partSize) {
        return S3AsyncClient.builder()
                .endpointOverride(URI.create(knobs.endpoint()))
                .forcePathStyle(true)
                .region(Region.of(knobs.region()))
                .credentialsProvider(credentials())
                // Its multipart client queues every part at once; with the default 10 s to wait for one of
                // the `concurrency` connections, a 4 GiB file fails (measured), so it gets as long as it needs.
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .maxConcurrency(concurrency)
                        .connectionAcquisitionTimeout(Duration.ofMinutes(30)))
                .multipartEnabled(true)
                .multipartConfiguration(m -> m.minimumPartSizeInBytes(partSize).thresholdInBytes(partSize))
                .build();
    }

    /** Times one uploadFile or downloadFile of a transfer manager over the client; setup is not timed. */
    private static void withTransferManager(
            S3AsyncClient client,
            Direction direction,
            Path file,
            String bucket,
            String key,
            Map<String, Object> result) {
        try (client;
                S3TransferManager tm =
                        S3TransferManager.builder().s3Client(client).build()) {
            long start = System.nanoTime();
            if (direction == Direction.UPLOAD) {
                tm.uploadFile(u -> u.source(file)
                                .putObjectRequest(p -> p.bucket(bucket).key(key)))
                        .completionFuture()
                        .join();
            } else {
                tm.downloadFile(d -> d.destination(file)
                                .getObjectRequest(g -> g.bucket(bucket).key(key)))
                        .completionFuture()
                        .join();
            }
            result.put("seconds", (System.nanoTime() - start) / 1e9);
        }
    }

    /** One PutObject with the whole file: the simplest thing, up to S3's 5 GiB limit. */
    private static void putObject(Knobs knobs, Path file, String bucket, String key, Map<String, Object> result)
            throws Exception {
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(URI.create(knobs.endpoint()))
                .forcePathStyle(true)
                .region(Region.of(knobs.region()))
                .credentialsProvider(credentials())
                .build()) {
            long size = Files.size(file);
            long start = System.nanoTime();
            s3.putObject(p -> p.bucket(bucket).key(key).contentLength(size), file);
            result.put("seconds", (System.nanoTime() - start) / 1e9);
            result.put("requests", 1L);
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(BenchSession.accessKey(), BenchSession.secretKey()));
    }
}
