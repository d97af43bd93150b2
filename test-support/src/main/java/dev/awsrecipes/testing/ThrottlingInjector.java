package dev.awsrecipes.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Turns the first {@code failures} responses to the named operations into throttling errors, as AWS
 * sends them (HTTP 503 with an error document carrying the code), so tests can show that the session's
 * retries absorb throttling. Add it with {@code Aws.Builder.addInterceptor}.
 */
public final class ThrottlingInjector implements ExecutionInterceptor {
    private static final ExecutionAttribute<Boolean> INJECTED = new ExecutionAttribute<>("throttling-injected");

    /** How a service writes its errors. */
    public enum Protocol {
        /** EC2's query protocol: {@code <Response><Errors><Error>}. */
        EC2_QUERY,
        /** S3's REST-XML: {@code <Error>}. */
        S3_XML
    }

    private final Set<String> operations;
    private final String code;
    private final Protocol protocol;
    private final AtomicInteger remaining;
    private final AtomicInteger injected = new AtomicInteger();

    /**
     * @param code the throttling code, e.g. {@code RequestLimitExceeded} (EC2) or {@code SlowDown} (S3)
     * @param failures how many responses to replace before letting the real ones through
     * @param operations the operation names, e.g. {@code DescribeRegions}
     */
    public ThrottlingInjector(Protocol protocol, String code, int failures, String... operations) {
        this.protocol = protocol;
        this.code = code;
        this.remaining = new AtomicInteger(failures);
        this.operations = Set.of(operations);
    }

    /** How many responses were replaced so far. */
    public int injected() {
        return injected.get();
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (!operations.contains(operation) || remaining.getAndUpdate(n -> Math.max(0, n - 1)) <= 0) {
            attributes.putAttribute(INJECTED, false);
            return context.httpResponse();
        }
        injected.incrementAndGet();
        attributes.putAttribute(INJECTED, true);
        return context.httpResponse().toBuilder()
                .statusCode(503)
                .removeHeader("Content-Length")
                .removeHeader("x-amz-crc32")
                .build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!Boolean.TRUE.equals(attributes.getAttribute(INJECTED))) {
            return context.responseBody();
        }
        String message = "injected " + code + " for a retry test";
        String body =
                switch (protocol) {
                    case EC2_QUERY -> "<Response><Errors><Error><Code>" + code + "</Code><Message>" + message
                            + "</Message></Error></Errors><RequestID>injected</RequestID></Response>";
                    case S3_XML -> "<Error><Code>" + code + "</Code><Message>" + message
                            + "</Message><RequestId>injected</RequestId></Error>";
                };
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
