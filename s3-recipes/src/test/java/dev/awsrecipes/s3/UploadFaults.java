package dev.awsrecipes.s3;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * Fault injection for upload tests: an SDK interceptor that makes chosen {@code UploadPart} (or {@code
 * PutObject}) attempts fail with an S3 error before they reach the wire. The rule sees the part number
 * (0 for PutObject) and how many times that part was tried before (0 on the first attempt).
 */
final class UploadFaults implements ExecutionInterceptor {
    private final BiPredicate<Integer, Integer> failWhen;
    private final int status;
    private final String code;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger injected = new AtomicInteger();

    private UploadFaults(BiPredicate<Integer, Integer> failWhen, int status, String code) {
        this.failWhen = failWhen;
        this.status = status;
        this.code = code;
    }

    /** Fails with 503 SlowDown when the rule holds for (part number, earlier attempts). */
    static UploadFaults slowDown(BiPredicate<Integer, Integer> failWhen) {
        return new UploadFaults(failWhen, 503, "SlowDown");
    }

    /** Fails with 500 InternalError when the rule holds. */
    static UploadFaults internalError(BiPredicate<Integer, Integer> failWhen) {
        return new UploadFaults(failWhen, 500, "InternalError");
    }

    /** How many failures were injected. */
    int injected() {
        return injected.get();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        String id;
        int part;
        if (request instanceof UploadPartRequest p) {
            id = p.key() + "#" + p.partNumber();
            part = p.partNumber();
        } else if (request instanceof PutObjectRequest p) {
            id = p.key();
            part = 0;
        } else {
            return;
        }
        int before = attempts.computeIfAbsent(id, k -> new AtomicInteger()).getAndIncrement();
        if (failWhen.test(part, before)) {
            injected.incrementAndGet();
            throw S3Exception.builder()
                    .statusCode(status)
                    .message("injected " + code)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode(code)
                            .errorMessage("injected by the test")
                            .serviceName("S3")
                            .build())
                    .build();
        }
    }
}
