package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * The download a resume test kills: run in a JVM of its own, it downloads an object with every ranged
 * GET slowed down (so the test can kill it between ranges) and prints {@code parts N} as ranges are
 * written. Arguments: endpoint region accessKey secretKey bucket key file partSize delayMillis.
 */
public final class DownloadChildMain {
    private DownloadChildMain() {}

    public static void main(String[] args) {
        long delay = Long.parseLong(args[8]);
        ExecutionInterceptor slowRanges = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetObjectRequest) {
                    try {
                        Thread.sleep(delay);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        try (Aws aws = Aws.builder()
                .environment(Environment.of(Map.of()))
                .profileFile(ProfileFile.aggregator().build())
                .endpoint(args[0])
                .region(args[1])
                .credentials(args[2], args[3])
                .addInterceptor(slowRanges)
                .build()) {
            S3Transfers.using(aws).download(d -> d.bucket(args[4])
                    .key(args[5])
                    .file(Path.of(args[6]))
                    .partSize(Long.parseLong(args[7]))
                    .concurrency(2)
                    .listener(p -> {
                        System.out.println("parts " + p.partsDone());
                        System.out.flush();
                    }));
            System.out.println("finished");
        }
    }
}
