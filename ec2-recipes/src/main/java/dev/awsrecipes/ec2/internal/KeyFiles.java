package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.AwsRecipesException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * Private key files: created new (never over an existing file) and owner-only from the first byte —
 * the permissions are set atomically at creation, not afterwards, so no other user can ever open it.
 */
final class KeyFiles {
    private KeyFiles() {}

    /**
     * Creates the file, empty and owner-only ({@code rw-------}), and its directory ({@code rwx------})
     * when missing. Fails if the file exists.
     */
    public static SeekableByteChannel createOwnerOnly(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir, attribute(dir, "rwx------"));
            }
            return Files.newByteChannel(
                    file,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    attribute(dir, "rw-------"));
        } catch (FileAlreadyExistsException e) {
            throw new AwsRecipesException("key file " + file + " exists; refusing to overwrite it", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create key file " + file, e);
        }
    }

    /** Writes the content to a channel from {@link #createOwnerOnly} and closes it. */
    public static void writeAndClose(SeekableByteChannel channel, byte[] content, Path file) {
        try (channel) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key file " + file, e);
        }
    }

    /** Closes and removes a file this call created but could not fill. */
    public static void discard(SeekableByteChannel channel, Path file) {
        try (channel) {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unfinished key file " + file, e);
        }
    }

    private static FileAttribute<?>[] attribute(Path dir, String permissions) {
        boolean posix = (dir == null ? Path.of("") : dir)
                .getFileSystem()
                .supportedFileAttributeViews()
                .contains("posix");
        return posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
                }
                : new FileAttribute<?>[0];
    }
}
