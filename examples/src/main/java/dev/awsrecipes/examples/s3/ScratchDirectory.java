package dev.awsrecipes.examples.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The tours' clean-up of the local files they made: one temporary directory and all below it. */
final class ScratchDirectory {
    private ScratchDirectory() {}

    /** Deletes the directory and everything in it, deepest first; nothing when it is null. */
    static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
