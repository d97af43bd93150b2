package dev.awsrecipes.core;

import java.time.Duration;

/** A bounded wait (an SDK waiter) ran out of time before the resource reached the state asked for. */
public class WaitTimeoutException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param resource what was waited for, e.g. {@code instance i-0abc}
     * @param state the state it did not reach, e.g. {@code running}
     * @param timeout how long the wait lasted
     * @param cause the waiter's own error
     */
    public WaitTimeoutException(String resource, String state, Duration timeout, Throwable cause) {
        super(resource + " did not become " + state + " within " + timeout, cause);
    }
}
