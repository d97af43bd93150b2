package dev.awsrecipes.s3;

import java.time.Instant;

/**
 * A multipart upload that was started and never completed or aborted. Its parts are stored, and billed,
 * until it is aborted.
 *
 * @param bucket the bucket
 * @param key the key it was going to create
 * @param uploadId S3's id for it
 * @param initiated when it was started
 */
public record StaleUpload(String bucket, String key, String uploadId, Instant initiated) {}
