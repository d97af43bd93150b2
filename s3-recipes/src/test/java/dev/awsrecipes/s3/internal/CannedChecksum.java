package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.ChecksumCheck;
import dev.awsrecipes.s3.internal.S3Checksums.Kind;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * An object as S3 stores it with one kind of checksum (or none: {@link Kind#MD5} stands for the MD5 ETag of an
 * object put in one piece), served by a fake {@link ObjectS3}: the download tests' shared case.
 *
 * @param parts the sizes of the parts it was uploaded in (one: a single PutObject)
 * @param type the checksum's type; null for the MD5 ETag
 */
record CannedChecksum(Kind kind, List<Long> parts, ChecksumType type) {
    /** The header value S3 reports for these bytes. */
    String value(byte[] bytes) {
        return type == ChecksumType.COMPOSITE
                ? S3Checksums.composite(kind, bytes, parts)
                : S3Checksums.fullObject(kind, bytes);
    }

    /** What a download reports as the checksum's type. */
    String reportedType() {
        return kind == Kind.MD5 ? ChecksumCheck.ETAG_MD5 : type.toString();
    }

    /** A fake S3 holding these bytes under {@link ObjectS3#KEY}, reporting this checksum. */
    ObjectS3 object(String bucket, byte[] bytes) {
        if (kind == Kind.MD5) {
            return new ObjectS3(bucket, bytes, parts, "\"" + value(bytes) + "\"", h -> {});
        }
        String eTag = parts.size() > 1 ? "\"0123abcd-" + parts.size() + "\"" : "\"0123abcd\"";
        return new ObjectS3(bucket, bytes, parts, eTag, header(kind, value(bytes), type));
    }

    /** The response headers carrying a checksum. */
    static Consumer<HeadObjectResponse.Builder> header(Kind kind, String value, ChecksumType type) {
        return h -> {
            switch (kind) {
                case CRC32C -> h.checksumCRC32C(value);
                case CRC32 -> h.checksumCRC32(value);
                case SHA1 -> h.checksumSHA1(value);
                case SHA256 -> h.checksumSHA256(value);
                case CRC64NVME -> h.checksumCRC64NVME(value);
                case MD5 -> throw new IllegalArgumentException("an MD5 is an ETag, not a checksum header");
            }
            h.checksumType(type);
        };
    }
}
