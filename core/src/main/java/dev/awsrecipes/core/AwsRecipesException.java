package dev.awsrecipes.core;

/**
 * The root of every exception this library throws itself. An AWS error that a recipe cannot handle
 * reaches the caller either as the SDK's own exception or wrapped in a subclass of this one, with the
 * SDK exception kept as the cause and the resource (bucket, instance, region, account) in the message.
 */
public class AwsRecipesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line saying what failed and on which resource
     */
    public AwsRecipesException(String message) {
        super(message);
    }

    /**
     * @param message one line saying what failed and on which resource
     * @param cause the error underneath, usually the SDK's
     */
    public AwsRecipesException(String message, Throwable cause) {
        super(message, cause);
    }
}
