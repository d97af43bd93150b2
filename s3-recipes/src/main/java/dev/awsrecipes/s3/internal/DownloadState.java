package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.LocalFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a resumed download needs from the one it continues: which plan it followed (object size, ETag,
 * part layout, range size) and which ranges are in the temporary file, each with its CRC.
 *
 * <p>Two small files beside the partial file: the plan, written once and atomically (written aside,
 * then renamed), and a journal to which each finished range appends one line {@code index:crc} in a
 * single {@code write}. A kill leaves at worst a last line cut short, which is ignored. Appending costs
 * one system call per range; rewriting and renaming a state file per range made the download threads
 * queue behind each other (seen in thread dumps of a 1 GiB download).
 */
final class DownloadState implements AutoCloseable {
    private final Path stateFile;
    private final FileChannel journal;

    private DownloadState(Path stateFile, FileChannel journal) {
        this.stateFile = stateFile;
        this.journal = journal;
    }

    /** The journal of finished ranges that goes with a state file. */
    static Path journalOf(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".done");
    }

    /**
     * A state for the plan whose journal starts with the ranges already {@code kept} (by index, with their
     * CRCs); both files are written before it returns.
     */
    static DownloadState begin(Path stateFile, String bucket, String key, DownloadPlan plan, Map<Integer, Long> kept) {
        Properties p = new Properties();
        p.setProperty("bucket", bucket);
        p.setProperty("key", key);
        p.setProperty("plan", identity(plan));
        Path temporary = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                p.store(out, "aws-recipes download state; delete it (and the files beside it) to start over");
            }
            StringBuilder lines = new StringBuilder();
            new TreeMap<>(kept).forEach((index, crc) -> line(lines, index, crc));
            Files.writeString(journalOf(stateFile), lines, StandardCharsets.US_ASCII);
            Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DownloadState(
                    stateFile,
                    FileChannel.open(journalOf(stateFile), StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new LocalFileException(stateFile, "write download state", e);
        }
    }

    /**
     * The ranges a previous run finished, by index with their CRCs, if it followed this very plan (same
     * object version, same cut); empty when there is no state or it belongs to another plan.
     */
    static Map<Integer, Long> finishedRanges(Path stateFile, String bucket, String key, DownloadPlan plan) {
        Properties p = new Properties();
        String journal;
        try (InputStream in = Files.newInputStream(stateFile)) {
            p.load(in);
            journal = Files.readString(journalOf(stateFile), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new LocalFileException(stateFile, "read download state", e);
        }
        if (!bucket.equals(p.getProperty("bucket"))
                || !key.equals(p.getProperty("key"))
                || !identity(plan).equals(p.getProperty("plan"))) {
            return Map.of();
        }
        Map<Integer, Long> finished = new TreeMap<>();
        for (String entry : journal.split("\n")) {
            int colon = entry.indexOf(':');
            try {
                int index = Integer.parseInt(entry.substring(0, colon));
                long crc = Long.parseUnsignedLong(entry.substring(colon + 1), 16);
                if (index >= 0 && index < plan.ranges().size()) {
                    finished.put(index, crc);
                }
            } catch (RuntimeException e) {
                // a line cut short by a kill, or an empty one: that range is fetched again
            }
        }
        return finished;
    }

    /** Records one range as written, with its CRC, in one append. */
    synchronized void done(int index, long crc) {
        StringBuilder line = new StringBuilder(24);
        line(line, index, crc);
        ByteBuffer bytes = ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.US_ASCII));
        try {
            while (bytes.hasRemaining()) {
                journal.write(bytes);
            }
        } catch (IOException e) {
            throw new LocalFileException(journalOf(stateFile), "append to download journal", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            journal.close();
        } catch (IOException e) {
            // nothing was lost: every line was written when its range finished
        }
    }

    /** Deletes the state and its journal. */
    static void delete(Path stateFile) {
        try {
            Files.deleteIfExists(stateFile);
            Files.deleteIfExists(journalOf(stateFile));
        } catch (IOException e) {
            throw new LocalFileException(stateFile, "delete download state", e);
        }
    }

    private static void line(StringBuilder out, int index, long crc) {
        out.append(index).append(':').append(Long.toHexString(crc)).append('\n');
    }

    private static String identity(DownloadPlan plan) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(plan.identity().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
