package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Logs every request and response at DEBUG on the {@code dev.awsrecipes.wire} logger: operation,
 * method, URL, headers and status. Signing headers, tokens and signatures are masked; bodies are not
 * logged, because some of them (IAM access keys, STS credentials) are secrets themselves.
 */
@InternalApi
public final class WireLoggingInterceptor implements ExecutionInterceptor {
    /** The logger the wire log goes to. */
    public static final String LOGGER_NAME = "dev.awsrecipes.wire";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        SdkHttpRequest request = context.httpRequest();
        LOG.debug(
                "--> {} {} {} [{}]",
                operation(attributes),
                request.method(),
                Redaction.url(request.getUri().toString()),
                Redaction.headers(request.headers()));
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        SdkHttpResponse response = context.httpResponse();
        LOG.debug(
                "<-- {} {} [{}]", operation(attributes), response.statusCode(), Redaction.headers(response.headers()));
    }

    /** {@code Service.Operation}, e.g. {@code S3.PutObject}. */
    private static String operation(ExecutionAttributes attributes) {
        return attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    }
}
