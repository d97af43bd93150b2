package dev.awsrecipes.s3;

import dev.awsrecipes.core.AwsRecipesException;
import java.nio.file.Path;
import java.util.List;

/**
 * An upload cannot go on on its own because S3 holds unfinished uploads of the key that no readable
 * state file accounts for (the state file was damaged, or several uploads are open): the caller chooses
 * to resume one ({@link UploadSpec.Builder#uploadId(String)}) or to abort them
 * ({@link S3Transfers#abortUpload(UploadSpec)}). Nothing was sent or deleted.
 */
public final class UnfinishedUploadException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    private final transient List<StaleUpload> unfinished;
    private final transient Path stateFile;

    public UnfinishedUploadException(String message, List<StaleUpload> unfinished, Path stateFile, Throwable cause) {
        super(message, cause);
        this.unfinished = List.copyOf(unfinished);
        this.stateFile = stateFile;
    }

    /** The unfinished uploads of the key, oldest first. */
    public List<StaleUpload> unfinished() {
        return unfinished;
    }

    /** The damaged state file, which is left in place. */
    public Path stateFile() {
        return stateFile;
    }
}
