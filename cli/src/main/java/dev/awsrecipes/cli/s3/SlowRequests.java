package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Test hook (not an option) of upload and download: a system property {@code -D<property>=N} delays every
 * request of one type (a part, a ranged GET) by N ms, so a test can kill the process between them and
 * then resume.
 */
record SlowRequests(Class<? extends SdkRequest> type, long delayMillis) implements ExecutionInterceptor {

    /** The session with the delay added when {@code property} is set, unchanged otherwise. */
    static Aws.Builder addTo(Aws.Builder builder, String property, Class<? extends SdkRequest> type) {
        long delay = Long.getLong(property, 0L);
        return delay > 0 ? builder.addInterceptor(new SlowRequests(type, delay)) : builder;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (type.isInstance(context.request())) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
