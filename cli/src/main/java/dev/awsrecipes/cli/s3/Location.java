package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.S3Uri;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A SRC or DST argument of {@code cp}, {@code mv} and {@code sync}, read as {@code aws s3} reads it: an
 * {@code s3://bucket/key} path, {@code -} for stdin or stdout, or else a local path.
 *
 * @param s3 the S3 path, or null
 * @param local the local path, or null
 * @param text the argument as given, for messages
 */
public record Location(S3Uri s3, Path local, String text) {

    /**
     * Reads the argument.
     *
     * @param argument its name in messages, e.g. {@code SRC}
     * @param text the argument
     * @return the location
     * @throws InvalidArgumentException naming the argument when it is neither
     */
    public static Location parse(String argument, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidArgumentException(
                    argument, argument + " is empty; give a file, a directory, s3://BUCKET/KEY or -");
        }
        if ("-".equals(text)) {
            return new Location(null, null, text);
        }
        if (S3Uri.isS3(text)) {
            return new Location(S3Uri.parse(argument, text), null, text);
        }
        try {
            return new Location(null, Path.of(text), text);
        } catch (InvalidPathException e) {
            throw new InvalidArgumentException(
                    argument, argument + " \"" + text + "\" is not a usable local path: " + e.getReason());
        }
    }

    /** Whether this is an S3 path. */
    public boolean isS3() {
        return s3 != null;
    }

    /** Whether this is {@code -}: stdin as a source, stdout as a destination. */
    public boolean isStdio() {
        return s3 == null && local == null;
    }

    /** Whether this is a local path. */
    public boolean isLocal() {
        return local != null;
    }

    @Override
    public String toString() {
        return text;
    }
}
