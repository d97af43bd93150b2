package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * The upload a resume test kills: run in a JVM of its own, it uploads a file with every part slowed
 * down (so the test can kill it between parts) and prints {@code parts N} on stdout as parts are stored.
 * Arguments: endpoint region accessKeyId secretKey bucket key file stateDirectory partDelayMillis.
 */
public final class UploadChildMain {
    private UploadChildMain() {}

    public static void main(String[] args) {
        long delay = Long.parseLong(args[8]);
        ExecutionInterceptor slowParts = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.request() instanceof UploadPartRequest) {
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
                .addInterceptor(slowParts)
                .build()) {
            S3Transfers.using(aws).upload(u -> u.bucket(args[4])
                    .key(args[5])
                    .file(Path.of(args[6]))
                    .stateDirectory(Path.of(args[7]))
                    .partSize(S3Limits.MIN_PART_SIZE)
                    .concurrency(2)
                    .listener(p -> {
                        System.out.println("parts " + p.partsDone());
                        System.out.flush();
                    }));
            System.out.println("finished");
        }
    }
}
