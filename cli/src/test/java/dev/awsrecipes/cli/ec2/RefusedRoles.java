package dev.awsrecipes.cli.ec2;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * STS's answer to {@code AssumeRole} replaced, per role ARN, by a refusal ({@code AccessDenied}, 403) or
 * by throttling ({@code Throttling}, 400) as STS sends them: the emulator assumes any role, and the CLI
 * builds its sessions itself, so the SDK's classpath hook ({@code
 * software/amazon/awssdk/services/sts/execution.interceptors} in the test resources) adds this to every
 * STS client of the test JVM. It changes nothing until a test names a role; it notes the external ids sent.
 */
public final class RefusedRoles implements ExecutionInterceptor {
    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();
    private static final Map<String, AtomicInteger> THROTTLED = new ConcurrentHashMap<>();
    private static final AtomicInteger THROTTLES_SENT = new AtomicInteger();
    private static final Map<String, String> EXTERNAL_IDS = new ConcurrentHashMap<>();
    private static final ExecutionAttribute<String> ANSWER = new ExecutionAttribute<>("refused-roles-answer");

    /** The role is refused from now on. */
    static void refuse(String roleArn) {
        REFUSED.add(roleArn);
    }

    /** The role's next {@code times} answers are throttling errors. */
    static void throttle(String roleArn, int times) {
        THROTTLED.put(roleArn, new AtomicInteger(times));
    }

    /** How many throttling errors were sent. */
    static int throttlesSent() {
        return THROTTLES_SENT.get();
    }

    /** The external id the last request to assume the role carried, if any. */
    static Optional<String> externalIdSentFor(String roleArn) {
        return Optional.ofNullable(EXTERNAL_IDS.get(roleArn));
    }

    /** Every role answered as STS answers again. */
    static void reset() {
        EXTERNAL_IDS.clear();
        REFUSED.clear();
        THROTTLED.clear();
        THROTTLES_SENT.set(0);
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        // Attributes live for the whole call, across its attempts: each attempt decides afresh.
        attributes.putAttribute(ANSWER, "");
        if (!(context.request() instanceof AssumeRoleRequest request)) {
            return context.httpResponse();
        }
        if (request.externalId() != null) {
            EXTERNAL_IDS.put(request.roleArn(), request.externalId());
        }
        if (REFUSED.contains(request.roleArn())) {
            attributes.putAttribute(ANSWER, "AccessDenied");
            return replaced(context, 403);
        }
        AtomicInteger left = THROTTLED.get(request.roleArn());
        if (left != null && left.getAndDecrement() > 0) {
            THROTTLES_SENT.incrementAndGet();
            attributes.putAttribute(ANSWER, "Throttling");
            return replaced(context, 400);
        }
        return context.httpResponse();
    }

    private static SdkHttpResponse replaced(Context.ModifyHttpResponse context, int status) {
        return context.httpResponse().toBuilder()
                .statusCode(status)
                .removeHeader("Content-Length")
                .build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        String code = attributes.getAttribute(ANSWER);
        if (code == null || code.isEmpty()) {
            return context.responseBody();
        }
        String message = code.equals("AccessDenied")
                ? "User is not authorized to perform: sts:AssumeRole on resource: "
                        + ((AssumeRoleRequest) context.request()).roleArn()
                : "Rate exceeded";
        String body = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>injected</RequestId></ErrorResponse>";
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
