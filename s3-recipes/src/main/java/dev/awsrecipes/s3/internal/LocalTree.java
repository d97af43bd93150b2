package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.s3.KeyFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The regular files under a local directory, named as keys are: relative to the directory, with {@code /}
 * between the parts on every system. A symbolic link given as the directory is followed (it means its
 * target); links inside the tree are not, and are listed as skipped, as are FIFOs, devices, unreadable files
 * and names the JVM could not decode. A directory that cannot be read makes the listing incomplete, which a
 * sync must know before it deletes anything. Our own partial downloads ({@code .NAME.aws-recipes-download*})
 * are left out: they are not the user's files. Used by sync; cp and mv walk trees the same way.
 */
@InternalApi
public final class LocalTree {
    private static final String PARTIAL_MARK = ".aws-recipes-download";

    private LocalTree() {}

    /**
     * A regular file of the tree.
     *
     * @param name its path relative to the root, parts joined with {@code /}
     * @param file its path under the root as given
     * @param bytes its size
     * @param modified its modification time
     */
    public record Entry(String name, Path file, long bytes, Instant modified) {}

    /**
     * An entry that is not listed as a file, and why.
     *
     * @param name its relative name
     * @param path its path under the root as given
     * @param reason why it was skipped
     */
    public record Skipped(String name, Path path, String reason) {}

    /**
     * What a walk found.
     *
     * @param files the regular files the filter takes, in name order
     * @param skipped the entries skipped, in name order
     * @param complete false when a directory could not be read, so files may be missing
     */
    public record Listing(List<Entry> files, List<Skipped> skipped, boolean complete) {
        /** Copies the lists. */
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Walks the tree under {@code root}; a root that does not exist is an empty, complete listing.
     *
     * @param root the directory
     * @param filter which relative names are taken
     * @return the files and what was skipped
     */
    public static Listing walk(Path root, KeyFilter filter) {
        Check.notNull(root, "root");
        Check.notNull(filter, "filter");
        if (!Files.exists(root)) {
            return new Listing(List.of(), List.of(), true);
        }
        Path start = followed(root);
        List<Entry> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        boolean[] complete = {true};
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(start) && !Files.isReadable(dir)) {
                        complete[0] = false;
                        skip(dir, "directory not readable");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = nameOf(file);
                    if (file.getFileName().toString().startsWith(".")
                            && file.getFileName().toString().contains(PARTIAL_MARK)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!filter.test(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (name.indexOf('\uFFFD') >= 0) {
                        skip(file, Check.unrepresentable("file name " + shown(file)));
                    } else if (attributes.isSymbolicLink()) {
                        skip(file, "symbolic link (not followed)");
                    } else if (!attributes.isRegularFile()) {
                        skip(file, "not a regular file (FIFO, socket or device)");
                    } else if (!Files.isReadable(file)) {
                        skip(file, "not readable");
                    } else {
                        files.add(new Entry(
                                name,
                                shown(file),
                                attributes.size(),
                                attributes.lastModifiedTime().toInstant()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // removed while listed: it is simply not there
                    }
                    complete[0] = false;
                    skip(file, "cannot be read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }

                private void skip(Path entry, String reason) {
                    skipped.add(new Skipped(nameOf(entry), shown(entry), reason));
                }

                private String nameOf(Path entry) {
                    List<String> parts = new ArrayList<>();
                    start.relativize(entry).forEach(p -> parts.add(p.toString()));
                    return String.join("/", parts);
                }

                /** The entry as the user named it: under the directory given, not under a link's target. */
                private Path shown(Path entry) {
                    return root.resolve(start.relativize(entry));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        files.sort(Comparator.comparing(Entry::name));
        skipped.sort(Comparator.comparing(Skipped::name));
        return new Listing(files, skipped, complete[0]);
    }

    /** The directory itself, followed when it is a symbolic link ({@code current -> releases/42}). */
    static Path followed(Path directory) {
        try {
            return Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot follow " + directory, e);
        }
    }

    /**
     * The local path of a relative name under a directory, or null when the name cannot be one safely: an
     * empty, {@code .} or {@code ..} part (a key such as {@code a/../../etc/x} must never write outside the
     * directory), or a character the file system refuses.
     *
     * @param root the directory
     * @param name a relative name with {@code /} between its parts
     * @return the path, or null
     */
    public static Path fileFor(Path root, String name) {
        Path path = root;
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.indexOf('\\') >= 0 && isWindows()) {
                return null;
            }
            try {
                path = path.resolve(part);
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }
        return path;
    }

    private static boolean isWindows() {
        return java.io.File.separatorChar == '\\';
    }
}
