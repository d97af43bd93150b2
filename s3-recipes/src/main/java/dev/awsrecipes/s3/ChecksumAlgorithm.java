package dev.awsrecipes.s3;

/**
 * The checksum an upload asks S3 to store with the object, computed from the local file and checked by
 * S3 as the bytes arrive. CRC32, CRC32C, SHA-1 and SHA-256 objects uploaded in parts carry a composite
 * checksum (the checksum of the parts' checksums, shown with {@code -N}); CRC64NVME, which S3 also gives
 * every object uploaded without one, is always a checksum of the whole object.
 */
public enum ChecksumAlgorithm {
    /** CRC-32 (as zip and Ethernet). */
    CRC32,
    /** CRC-32C (Castagnoli); the default. */
    CRC32C,
    /** SHA-1. */
    SHA1,
    /** SHA-256. */
    SHA256,
    /** CRC-64/NVME, always of the whole object, also for multipart uploads. */
    CRC64NVME
}
