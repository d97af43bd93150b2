package dev.awsrecipes.core;

/**
 * Bad input, found before any call to AWS. The message names the argument and the rule it broke, for
 * example {@code cidr "10.0.0.1" has no prefix length; write 10.0.0.1/32}.
 */
public class InvalidArgumentException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /** The rejected argument's name. */
    private final String argument;

    /**
     * @param argument the argument's name as the caller knows it, e.g. {@code cidr}
     * @param message one line naming the argument and the rule it broke
     */
    public InvalidArgumentException(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    /** The name of the argument that was rejected, as the caller knows it. */
    public String argument() {
        return argument;
    }
}
