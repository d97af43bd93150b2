package dev.awsrecipes.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * What a resumed upload needs to know about the one it continues: S3's upload id, the part size, and
 * what the file looked like (size, modification time, a fingerprint of sampled bytes) so a changed
 * file is refused. Kept as a small properties file in a state directory, one per (file, bucket, key).
 *
 * @param uploadId S3's multipart upload id
 * @param size the file's size when the upload began
 * @param modifiedMillis the file's modification time then
 * @param partSize the part size the upload began with
 * @param fingerprint SHA-256 over the size and sampled blocks of the file
 */
record UploadState(String uploadId, long size, long modifiedMillis, long partSize, String fingerprint) {
    private static final int SAMPLE = 64 * 1024;

    /** The state file for this (file, bucket, key) in the directory. */
    static Path location(Path directory, Path file, String bucket, String key) {
        String identity = file.toAbsolutePath().normalize() + "\n" + bucket + "\n" + key;
        return directory.resolve(
                HexFormat.of().formatHex(sha256(identity.getBytes(StandardCharsets.UTF_8)), 0, 16) + ".upload");
    }

    /** The state a new upload of the file begins with. */
    static UploadState begin(String uploadId, Path file, long partSize) throws IOException {
        return new UploadState(
                uploadId, Files.size(file), Files.getLastModifiedTime(file).toMillis(), partSize, fingerprint(file));
    }

    /** Why the file no longer is the one this upload began with, or empty when it still is. */
    Optional<String> changeIn(Path file) throws IOException {
        long nowSize = Files.size(file);
        if (nowSize != size) {
            return Optional.of("its size is " + nowSize + " bytes, was " + size);
        }
        long nowModified = Files.getLastModifiedTime(file).toMillis();
        if (nowModified != modifiedMillis) {
            return Optional.of("it was modified since the upload began");
        }
        if (!fingerprint(file).equals(fingerprint)) {
            return Optional.of("its content differs from when the upload began");
        }
        return Optional.empty();
    }

    static Optional<UploadState> read(Path stateFile) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(stateFile)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload state " + stateFile, e);
        }
        try {
            return Optional.of(new UploadState(
                    p.getProperty("uploadId"),
                    Long.parseLong(p.getProperty("size")),
                    Long.parseLong(p.getProperty("modifiedMillis")),
                    Long.parseLong(p.getProperty("partSize")),
                    p.getProperty("fingerprint")));
        } catch (NumberFormatException | NullPointerException e) {
            throw new UncheckedIOException(
                    new IOException("upload state " + stateFile + " is damaged; delete it to start over", e));
        }
    }

    /** Writes the state atomically (a temporary file moved into place), so a kill never leaves half of it. */
    void write(Path stateFile, Path file, String bucket, String key) {
        Properties p = new Properties();
        p.setProperty("file", file.toAbsolutePath().normalize().toString());
        p.setProperty("bucket", bucket);
        p.setProperty("key", key);
        p.setProperty("uploadId", uploadId);
        p.setProperty("size", Long.toString(size));
        p.setProperty("modifiedMillis", Long.toString(modifiedMillis));
        p.setProperty("partSize", Long.toString(partSize));
        p.setProperty("fingerprint", fingerprint);
        try {
            Files.createDirectories(stateFile.getParent());
            Path temporary = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                p.store(out, "aws-recipes multipart upload state; delete to forget the upload");
            }
            Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write upload state " + stateFile, e);
        }
    }

    static void delete(Path stateFile) {
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete upload state " + stateFile, e);
        }
    }

    /**
     * SHA-256 over the size and 64 KiB blocks at 16 evenly spaced positions: cheap on a large file, and
     * together with size, modification time and each kept part's CRC32C it catches a changed file.
     */
    static String fingerprint(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            digest.update(ByteBuffer.allocate(8).putLong(size).array());
            ByteBuffer block = ByteBuffer.allocate(SAMPLE);
            int samples = 16;
            for (int i = 0; i < samples; i++) {
                long position = Math.max(0, size - SAMPLE) * i / (samples - 1);
                block.clear();
                while (block.hasRemaining() && channel.read(block, position + block.position()) > 0) {
                    // read until the block is full or the file ends
                }
                block.flip();
                digest.update(block);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
