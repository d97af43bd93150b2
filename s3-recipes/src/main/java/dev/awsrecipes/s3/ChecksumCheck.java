package dev.awsrecipes.s3;

/**
 * What a download's bytes were checked against: the checksum S3 stores for the object (its algorithm,
 * whether it covers the whole object or is composite, made from the parts' checksums), or the MD5 that
 * the ETag of an object uploaded in one piece without KMS or customer keys is. When the object has none
 * of these the bytes rest on their size and on every GET having required the same ETag; then
 * {@link #verified()} is false and {@link #reason()} says why.
 *
 * @param algorithm {@code CRC64NVME}, {@code CRC32C}, {@code CRC32}, {@code SHA256}, {@code SHA1} or
 *     {@code MD5} (from the ETag); {@code null} when not verified
 * @param type {@link #FULL_OBJECT}, {@link #COMPOSITE} or {@link #ETAG_MD5}; {@code null} when not verified
 * @param value the value the bytes matched as S3 shows it (base64, composite ones ending in {@code -N};
 *     hex for an ETag); {@code null} when not verified
 * @param verified whether the bytes were checked against a checksum
 * @param reason why they could not be, when not verified; {@code null} otherwise
 */
public record ChecksumCheck(String algorithm, String type, String value, boolean verified, String reason) {
    /** A checksum of all the object's bytes. */
    public static final String FULL_OBJECT = "FULL_OBJECT";
    /** The checksum of the checksums of the parts the object was uploaded in. */
    public static final String COMPOSITE = "COMPOSITE";
    /** The ETag of an object stored in one piece, the MD5 of its bytes. */
    public static final String ETAG_MD5 = "ETAG_MD5";

    /** The bytes matched this checksum. */
    public static ChecksumCheck verified(String algorithm, String type, String value) {
        return new ChecksumCheck(algorithm, type, value, true, null);
    }

    /** No checksum to check the bytes against, for this reason. */
    public static ChecksumCheck notVerified(String reason) {
        return new ChecksumCheck(null, null, null, false, reason);
    }

    /** {@code ALGORITHM:value} when verified; {@value DownloadResult#SIZE_AND_ETAG} otherwise. */
    public String text() {
        return verified ? algorithm + ":" + value : DownloadResult.SIZE_AND_ETAG;
    }
}
