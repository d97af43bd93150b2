package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;

/**
 * How a large transfer moves its bytes, the same for uploads and downloads: the part (or range) size,
 * how many parts are in flight at once and how often a part is tried. {@link UploadSpec} and {@link
 * DownloadSpec} each hold one, and their builders share its setters ({@link ObjectTransferSpec.Setters}).
 *
 * @param partSize bytes per part, from 1 MiB to 5 GiB (an upload's parts also meet S3's 5 MiB minimum)
 * @param concurrency parts in flight at once, 1 to 64
 * @param partAttempts attempts per part before the transfer gives up, 1 to 10, on top of the SDK's own
 *     retries of each request
 * @param maxBandwidth the most bytes per second the transfer moves, all its parts together (at least 1 KiB);
 *     0 for no limit
 */
public record TransferSettings(long partSize, int concurrency, int partAttempts, long maxBandwidth) {
    /** The smallest part any transfer uses: a download's range. */
    public static final long MIN_PART_SIZE = S3Limits.MIB;
    /** The default part size, 8 MiB (the SDK's transfer manager uses the same). */
    public static final long DEFAULT_PART_SIZE = 8 * S3Limits.MIB;
    /** The default number of parts in flight at once. */
    public static final int DEFAULT_CONCURRENCY = 8;
    /** The default attempts per part, on top of the SDK's own retries of each request. */
    public static final int DEFAULT_PART_ATTEMPTS = 4;
    /** The defaults: 8 MiB parts, 8 in flight, 4 attempts each. */
    public static final TransferSettings DEFAULTS =
            new TransferSettings(DEFAULT_PART_SIZE, DEFAULT_CONCURRENCY, DEFAULT_PART_ATTEMPTS);
    /** The smallest bandwidth limit, 1 KiB per second: below it a transfer would mostly wait. */
    public static final long MIN_BANDWIDTH = 1024;

    /** Checks every value. */
    public TransferSettings {
        checkPartSize(partSize, MIN_PART_SIZE, "it must be between 1 MiB");
        Check.inRange(concurrency, 1, 64, "concurrency");
        Check.inRange(partAttempts, 1, 10, "partAttempts");
        if (maxBandwidth != 0 && maxBandwidth < MIN_BANDWIDTH) {
            throw new InvalidArgumentException(
                    "maxBandwidth",
                    "maxBandwidth is " + maxBandwidth + " bytes per second; give at least " + MIN_BANDWIDTH
                            + " (1 KiB), or 0 for no limit");
        }
    }

    /** Settings without a bandwidth limit. */
    public TransferSettings(long partSize, int concurrency, int partAttempts) {
        this(partSize, concurrency, partAttempts, 0);
    }

    /**
     * These settings with a bandwidth limit.
     *
     * @param bytesPerSecond the most bytes per second, all parts together; 0 for no limit
     * @return the new settings
     */
    public TransferSettings withMaxBandwidth(long bytesPerSecond) {
        return new TransferSettings(partSize, concurrency, partAttempts, bytesPerSecond);
    }

    /** Whether the transfer is held to a rate. */
    public boolean bandwidthLimited() {
        return maxBandwidth > 0;
    }

    /** Fails unless {@code partSize} lies between {@code min} (named by {@code rule}) and 5 GiB. */
    static void checkPartSize(long partSize, long min, String rule) {
        if (partSize < min || partSize > S3Limits.MAX_PART_SIZE) {
            throw new InvalidArgumentException(
                    "partSize",
                    "partSize is " + partSize + " bytes; " + rule + " (" + min + ") and 5 GiB ("
                            + S3Limits.MAX_PART_SIZE + ")");
        }
    }
}
