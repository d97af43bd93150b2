package dev.awsrecipes.s3;

import dev.awsrecipes.core.AwsRecipesException;

/**
 * A sync with {@code delete} that was refused before it changed anything, because it could have deleted
 * what the user meant to keep: the source was empty (a mistyped path looks exactly like that) or could not
 * be listed completely.
 */
public final class SyncRefusedException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused and how to go on
     */
    public SyncRefusedException(String message) {
        super(message);
    }
}
