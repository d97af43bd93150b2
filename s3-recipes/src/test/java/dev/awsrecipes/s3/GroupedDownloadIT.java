package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * A download with the default range size against both S3 servers: an object uploaded in 8 MiB parts
 * (a composite checksum) comes back in GETs of several ranges, across the parts' boundaries, and is
 * still checked against the composite checksum.
 */
@ExtendWith(LocalStackExtension.class)
class GroupedDownloadIT {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_defaultRangeSize_fetchesSeveralRangesPerGet_andMatchesTheCompositeChecksum(
            String server, LocalStack localStack) throws Exception {
        List<String> gets = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recordGets = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetObjectRequest get) {
                    gets.add(get.range());
                }
            }
        };
        try (Aws aws = S3Servers.of(server, localStack)
                        .sessionBuilder()
                        .addInterceptor(recordGets)
                        .build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            long size = 64 * MIB + 3;
            Path source = TestFiles.random(dir.resolve("source.bin"), size, 31);
            UploadResult uploaded = S3Transfers.using(aws)
                    .upload(u ->
                            u.bucket(bucket.name()).key("g.bin").file(source).partSize(8 * MIB));
            Path target = dir.resolve("copy.bin");
            gets.clear();

            // One GET at a time: about four GETs in all, so 16 MiB each (two 8 MiB ranges).
            DownloadResult result = S3Transfers.using(aws)
                    .download(d ->
                            d.bucket(bucket.name()).key("g.bin").file(target).concurrency(1));

            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
            assertThat(uploaded.checksum()).endsWith("-9");
            assertThat(result.checksum()).isEqualTo("CRC32C:" + uploaded.checksum());
            assertThat(result.parts()).as("8 MiB ranges, as before").isEqualTo(9);
            assertThat(gets)
                    .as("the whole-object GET that planned it (aborted unread), then four GETs of two 8 MiB"
                            + " ranges each, across part boundaries, and the last 3 bytes")
                    .containsExactly(
                            null,
                            "bytes=0-" + (16 * MIB - 1),
                            "bytes=" + 16 * MIB + "-" + (32 * MIB - 1),
                            "bytes=" + 32 * MIB + "-" + (48 * MIB - 1),
                            "bytes=" + 48 * MIB + "-" + (64 * MIB - 1),
                            "bytes=" + 64 * MIB + "-" + (size - 1));
        }
    }
}
