package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.InvalidArgumentException;

/**
 * The instance a recipe was given does not exist (or is terminated) in the session's region. It is
 * bad input, found by asking EC2 before anything is created; EC2's error is kept as the cause.
 */
public class UnknownInstanceException extends InvalidArgumentException {
    private static final long serialVersionUID = 1L;

    /** The unknown instance id. */
    private final String instanceId;

    /** The instance, the message naming it and the region, and EC2's error if there was one. */
    public UnknownInstanceException(String instanceId, String message, Throwable cause) {
        super("instanceId", message);
        this.instanceId = instanceId;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** The instance that was not found. */
    public String instanceId() {
        return instanceId;
    }
}
