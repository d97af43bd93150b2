package dev.awsrecipes.s3;

/**
 * How far an upload has come. Parts that an earlier, interrupted run already left in S3 count as done
 * from the start.
 *
 * @param bytesDone bytes stored in S3 so far
 * @param bytesTotal the size of the file
 * @param partsDone parts stored so far
 * @param partsTotal parts in all (1 for a single {@code PutObject})
 */
public record UploadProgress(long bytesDone, long bytesTotal, int partsDone, int partsTotal) {

    /** The share done, from 0.0 to 1.0 (1.0 for an empty file). */
    public double fraction() {
        return bytesTotal == 0 ? 1.0 : (double) bytesDone / bytesTotal;
    }
}
