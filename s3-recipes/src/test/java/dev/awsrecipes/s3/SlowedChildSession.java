package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The session of a child JVM that a kill-and-resume test stops half-way ({@link UploadChildMain},
 * {@link DownloadChildMain}): keys and endpoint from its first four arguments, nothing from the
 * machine's environment or profiles, and every request of one type slowed down so the test can kill
 * the child between parts.
 */
final class SlowedChildSession {
    private SlowedChildSession() {}

    /** {@code args}: endpoint region accessKey secretKey ...; requests of {@code slowed} wait {@code delayMillis}. */
    static Aws open(String[] args, Class<? extends SdkRequest> slowed, long delayMillis) {
        ExecutionInterceptor slow = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (slowed.isInstance(context.request())) {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        return Aws.builder()
                .environment(Environment.of(Map.of()))
                .profileFile(ProfileFile.aggregator().build())
                .endpoint(args[0])
                .region(args[1])
                .credentials(args[2], args[3])
                .addInterceptor(slow)
                .build();
    }

    /** Tells the test how far the child got; flushed, so a kill right after loses nothing. */
    static void reportParts(int parts) {
        System.out.println("parts " + parts);
        System.out.flush();
    }
}
