package dev.awsrecipes.s3;

import software.amazon.awssdk.regions.Region;

/**
 * A bucket as {@link S3Recipes#createBucket} leaves it.
 *
 * @param name the bucket's name
 * @param region where it lives
 * @param created true when this call created it, false when it was already ours
 */
public record Bucket(String name, Region region, boolean created) {}
