package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.s3.KeyFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The local side of the many-object commands ({@code cp}, {@code mv}, {@code sync}): the files under a directory
 * with their names as keys ({@code /} between the parts on every system), and the file a name lands at under a
 * directory, refused when it would lead outside it. As the tree upload does, a directory given as a symbolic link
 * is followed and links inside are skipped, as are FIFOs, devices and unreadable entries, each with its reason.
 */
@InternalApi
public final class LocalTree {
    private LocalTree() {}

    /**
     * A regular file under the directory.
     *
     * @param name its path relative to the directory, {@code /} between the parts
     * @param file its path as the user named it (under the directory given, not under a link's target)
     * @param bytes its size
     * @param modified when it was last modified
     */
    public record Entry(String name, Path file, long bytes, FileTime modified) {}

    /**
     * What is under a directory.
     *
     * @param files the regular files the filter takes, by name
     * @param skipped entries left out, each with why (links, FIFOs, unreadable ones)
     * @param unrepresentable files whose names the JVM could not decode, each with the message to show
     */
    public record Listing(List<Entry> files, List<Skip> skipped, List<Skip> unrepresentable) {}

    /**
     * An entry left out.
     *
     * @param path the entry
     * @param reason why
     */
    public record Skip(Path path, String reason) {}

    /**
     * Every regular file under the directory whose name the filter takes, in name order.
     *
     * @param root the directory; followed when it is a symbolic link
     * @param filter applied to each file's name relative to the directory
     * @return the files and what was left out
     */
    public static Listing walk(Path root, KeyFilter filter) {
        Path start = TreeUploader.followed(root);
        List<Entry> files = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<Skip> unrepresentable = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(start) && !Files.isReadable(dir)) {
                        skipped.add(new Skip(shown(dir), "directory not readable"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Path path = shown(file);
                    String name = nameOf(start.relativize(file));
                    if (path.toString().indexOf('\uFFFD') >= 0) {
                        unrepresentable.add(new Skip(path, Check.unrepresentable("file name " + path)));
                    } else if (attributes.isSymbolicLink()) {
                        skipped.add(new Skip(path, "symbolic link (not followed)"));
                    } else if (!attributes.isRegularFile()) {
                        skipped.add(new Skip(path, "not a regular file (FIFO, socket or device)"));
                    } else if (!filter.test(name)) {
                        return FileVisitResult.CONTINUE;
                    } else if (!Files.isReadable(file)) {
                        skipped.add(new Skip(path, "not readable"));
                    } else {
                        files.add(new Entry(name, path, attributes.size(), attributes.lastModifiedTime()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.add(new Skip(shown(file), "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }

                private Path shown(Path entry) {
                    return root.resolve(start.relativize(entry));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        files.sort(Comparator.comparing(Entry::name));
        skipped.sort(Comparator.comparing(Skip::path));
        return new Listing(files, skipped, unrepresentable);
    }

    /** A relative path as a key name: its parts joined with {@code /}, whatever the system's separator. */
    public static String nameOf(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    /**
     * The file a key's name lands at under a directory: its {@code /}-separated parts below it, {@code ..} and
     * {@code .} taken as a file system takes them. Empty when that file would not be inside the directory (a
     * name such as {@code ../../etc/passwd}, or one that is the directory itself), or when a part cannot be a
     * local name (a NUL character), so such a key is never written outside the target.
     *
     * @param directory the target directory
     * @param name the name relative to the source folder
     * @return the file, or empty when the name must be refused
     */
    public static Optional<Path> fileFor(Path directory, String name) {
        Path root = directory.toAbsolutePath().normalize();
        Path file = root;
        try {
            for (String part : name.split("/", -1)) {
                if (!part.isEmpty()) {
                    file = file.resolve(part);
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        Path normal = file.normalize();
        if (!normal.startsWith(root) || normal.equals(root)) {
            return Optional.empty();
        }
        // The user's spelling of the directory, so lines and results show the path as it was given.
        return Optional.of(directory.resolve(root.relativize(normal)));
    }
}
