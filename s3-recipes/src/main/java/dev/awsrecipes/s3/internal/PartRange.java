package dev.awsrecipes.s3.internal;

/**
 * One part of a multipart upload: bytes {@code [offset, offset + length)} of the file.
 *
 * @param number S3's part number, from 1
 * @param offset where the part starts in the file
 * @param length its size in bytes
 */
record PartRange(int number, long offset, long length) {}
