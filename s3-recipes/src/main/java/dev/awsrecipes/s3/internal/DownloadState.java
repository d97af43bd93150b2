package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.LocalFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a resumed download needs from the one it continues: which plan it followed (object size, ETag,
 * part layout, range size) and which ranges are in the temporary file, each with its CRC. A small
 * properties file beside the temporary file, rewritten atomically (written aside, then renamed) after
 * every range, so a kill at any moment leaves either the old or the new list, never half of one.
 */
final class DownloadState {
    private final Path stateFile;
    private final String bucket;
    private final String key;
    private final String planIdentity;
    private final Map<Integer, Integer> done = new TreeMap<>();

    private DownloadState(Path stateFile, String bucket, String key, String planIdentity) {
        this.stateFile = stateFile;
        this.bucket = bucket;
        this.key = key;
        this.planIdentity = planIdentity;
    }

    /** A fresh state for the plan; nothing done yet. */
    static DownloadState begin(Path stateFile, String bucket, String key, DownloadPlan plan) {
        return new DownloadState(stateFile, bucket, key, identity(plan));
    }

    /**
     * The ranges a previous run finished, by index with their CRCs, if it followed this very plan (same
     * object version, same cut); empty when there is no state or it belongs to another plan.
     */
    static Map<Integer, Integer> finishedRanges(Path stateFile, String bucket, String key, DownloadPlan plan) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(stateFile)) {
            p.load(in);
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
        Map<Integer, Integer> finished = new TreeMap<>();
        String list = p.getProperty("done", "");
        try {
            for (String entry : list.isEmpty() ? new String[0] : list.split(",")) {
                int colon = entry.indexOf(':');
                finished.put(
                        Integer.parseInt(entry.substring(0, colon)),
                        Integer.parseUnsignedInt(entry.substring(colon + 1), 16));
            }
        } catch (RuntimeException e) {
            return Map.of(); // damaged: start over rather than trust it
        }
        return finished;
    }

    /** Records ranges as done (with their CRCs) and writes the state. */
    synchronized void done(Map<Integer, Integer> ranges) {
        done.putAll(ranges);
        write();
    }

    /** Records one range as done and writes the state. */
    synchronized void done(int index, int crc) {
        done.put(index, crc);
        write();
    }

    private void write() {
        Properties p = new Properties();
        p.setProperty("bucket", bucket);
        p.setProperty("key", key);
        p.setProperty("plan", planIdentity);
        StringBuilder list = new StringBuilder();
        done.forEach((index, crc) -> {
            if (list.length() > 0) {
                list.append(',');
            }
            list.append(index).append(':').append(Integer.toHexString(crc));
        });
        p.setProperty("done", list.toString());
        Path temporary = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                p.store(out, "aws-recipes download state; delete it (and the partial file beside it) to start over");
            }
            Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LocalFileException(stateFile, "write download state", e);
        }
    }

    static void delete(Path stateFile) {
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            throw new LocalFileException(stateFile, "delete download state", e);
        }
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
