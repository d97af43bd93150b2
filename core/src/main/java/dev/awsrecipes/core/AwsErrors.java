package dev.awsrecipes.core;

import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Matching AWS error codes in one place, so that every recipe tells "not found" and "already exists"
 * apart from real failures the same way, instead of catching everything.
 */
public final class AwsErrors {
    private AwsErrors() {}

    /** The AWS error code of the exception or of the first AWS exception among its causes. */
    public static Optional<String> errorCode(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
                return Optional.ofNullable(aws.awsErrorDetails().errorCode());
            }
        }
        return Optional.empty();
    }

    /** The HTTP status of the first AWS exception in the chain, or -1. */
    public static int statusCode(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException aws) {
                return aws.statusCode();
            }
        }
        return -1;
    }

    /** Whether the error carries one of the given AWS error codes. */
    public static boolean hasCode(Throwable error, String... codes) {
        return errorCode(error).map(Set.of(codes)::contains).orElse(false);
    }

    /** Whether the error is AWS saying the resource does not exist (any {@code *NotFound*} code or 404). */
    public static boolean isNotFound(Throwable error) {
        Optional<String> code = errorCode(error);
        return code.map(c -> c.contains("NotFound") || c.startsWith("NoSuch")).orElse(false)
                || statusCode(error) == 404;
    }

    /** Whether the error is AWS saying the resource already exists ({@code *Duplicate*}, {@code *AlreadyExists*}). */
    public static boolean isAlreadyExists(Throwable error) {
        return errorCode(error)
                .map(c -> c.contains("Duplicate")
                        || c.contains("AlreadyExists")
                        || c.equals("EntityAlreadyExists")
                        || c.equals("BucketAlreadyOwnedByYou"))
                .orElse(false);
    }

    /** Whether the error is EC2's answer to a {@code DryRun} request that would have succeeded. */
    public static boolean isDryRunSuccess(Throwable error) {
        return hasCode(error, "DryRunOperation");
    }

    /** Whether the error is throttling that a caller may retry after backing off. */
    public static boolean isThrottling(Throwable error) {
        return hasCode(
                error,
                "Throttling",
                "ThrottlingException",
                "RequestLimitExceeded",
                "SlowDown",
                "TooManyRequestsException");
    }

    /** A one-line description: the AWS code and message with the request id, or the exception's message. */
    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
                String message = aws.awsErrorDetails().errorMessage();
                return aws.awsErrorDetails().errorCode() + ": " + (message == null ? "" : message) + " (status "
                        + aws.statusCode() + (aws.requestId() == null ? "" : ", request " + aws.requestId()) + ")";
            }
        }
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }
}
