package dev.awsrecipes.core;

import java.time.Duration;

/** A bounded wait (an SDK waiter) ran out of time before the resource reached the state asked for. */
public class WaitTimeoutException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    public WaitTimeoutException(String resource, String state, Duration timeout, Throwable cause) {
        super(resource + " did not become " + state + " within " + timeout, cause);
    }
}
