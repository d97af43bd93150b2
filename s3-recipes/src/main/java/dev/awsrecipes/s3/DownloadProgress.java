package dev.awsrecipes.s3;

/**
 * How far a download has come. Parts that an earlier, interrupted run already wrote count as done from
 * the start.
 *
 * @param bytesDone bytes written so far
 * @param bytesTotal the size of the object
 * @param partsDone parts written so far
 * @param partsTotal parts in all (ranged GETs; 1 for a small object)
 */
public record DownloadProgress(long bytesDone, long bytesTotal, int partsDone, int partsTotal) {

    /** The share done, from 0.0 to 1.0 (1.0 for an empty object). */
    public double fraction() {
        return bytesTotal == 0 ? 1.0 : (double) bytesDone / bytesTotal;
    }
}
