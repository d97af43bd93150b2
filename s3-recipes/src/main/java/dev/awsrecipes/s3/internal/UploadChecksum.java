package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.ChecksumAlgorithm;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.Checksum;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * The checksum an upload sends in one algorithm: computed from the file, put on each request as a value
 * alone (the SDK then neither computes one of its own nor needs the CRT for CRC64NVME; see
 * {@link MultipartParts}), and the value S3 must then hold for the object: for a single {@code PutObject}
 * the file's; for a multipart upload the composite of the parts' (CRC32, CRC32C, SHA-1, SHA-256) or, for
 * CRC64NVME, which S3 keeps only for the whole object, the parts' CRCs combined.
 */
enum UploadChecksum {
    CRC32(StoredChecksum.Algorithm.CRC32, software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.CRC32),
    CRC32C(StoredChecksum.Algorithm.CRC32C, software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.CRC32_C),
    SHA1(StoredChecksum.Algorithm.SHA1, software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA1),
    SHA256(StoredChecksum.Algorithm.SHA256, software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA256),
    CRC64NVME(
            StoredChecksum.Algorithm.CRC64NVME, software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.CRC64_NVME);

    private final StoredChecksum.Algorithm algorithm;
    private final software.amazon.awssdk.services.s3.model.ChecksumAlgorithm sdk;

    UploadChecksum(StoredChecksum.Algorithm algorithm, software.amazon.awssdk.services.s3.model.ChecksumAlgorithm sdk) {
        this.algorithm = algorithm;
        this.sdk = sdk;
    }

    static UploadChecksum of(ChecksumAlgorithm algorithm) {
        return valueOf(algorithm.name());
    }

    /** Whether a multipart object's checksum is of the whole object (CRC64NVME) rather than composite. */
    boolean fullObject() {
        return this == CRC64NVME;
    }

    /** Base64 of the checksum of the file's bytes in the range, read by position (safe from several threads). */
    String of(FileChannel channel, long offset, long length) throws IOException {
        if (algorithm.isCrc()) {
            Checksum crc = algorithm.newCrc();
            MultipartChecksums.read(channel, offset, length, crc::update);
            return algorithm.text(crc.getValue());
        }
        MessageDigest digest = algorithm.newDigest();
        MultipartChecksums.read(channel, offset, length, digest::update);
        return algorithm.text(digest.digest());
    }

    /** The value S3 must hold for an object made of parts with these checksums and sizes, in part order. */
    String ofParts(List<String> partChecksums, List<Long> partSizes) {
        List<byte[]> raw =
                partChecksums.stream().map(Base64.getDecoder()::decode).toList();
        if (algorithm.isCrc()) {
            List<Long> crcs = raw.stream()
                    .map(b -> b.length == 8
                            ? ByteBuffer.wrap(b).getLong()
                            : ByteBuffer.wrap(b).getInt() & 0xFFFFFFFFL)
                    .toList();
            return fullObject()
                    ? algorithm.text(StoredChecksum.combineCrcs(algorithm, crcs, partSizes))
                    : StoredChecksum.compositeCrc(algorithm, crcs) + "-" + raw.size();
        }
        return StoredChecksum.compositeDigest(algorithm, raw) + "-" + raw.size();
    }

    void on(PutObjectRequest.Builder request, String value) {
        switch (this) {
            case CRC32 -> request.checksumCRC32(value);
            case CRC32C -> request.checksumCRC32C(value);
            case SHA1 -> request.checksumSHA1(value);
            case SHA256 -> request.checksumSHA256(value);
            case CRC64NVME -> request.checksumCRC64NVME(value);
        }
    }

    void on(UploadPartRequest.Builder request, String value) {
        switch (this) {
            case CRC32 -> request.checksumCRC32(value);
            case CRC32C -> request.checksumCRC32C(value);
            case SHA1 -> request.checksumSHA1(value);
            case SHA256 -> request.checksumSHA256(value);
            case CRC64NVME -> request.checksumCRC64NVME(value);
        }
    }

    void on(CompletedPart.Builder part, String value) {
        switch (this) {
            case CRC32 -> part.checksumCRC32(value);
            case CRC32C -> part.checksumCRC32C(value);
            case SHA1 -> part.checksumSHA1(value);
            case SHA256 -> part.checksumSHA256(value);
            case CRC64NVME -> part.checksumCRC64NVME(value);
        }
    }

    /** The algorithm (and for CRC64NVME the full-object type, the only one S3 offers for it) of a new upload. */
    void on(CreateMultipartUploadRequest.Builder request) {
        request.checksumAlgorithm(sdk);
        if (fullObject()) {
            request.checksumType(ChecksumType.FULL_OBJECT);
        }
    }

    /** What S3 holds for the object in this algorithm; null when it holds none in it. */
    String storedIn(HeadObjectResponse head) {
        return switch (this) {
            case CRC32 -> head.checksumCRC32();
            case CRC32C -> head.checksumCRC32C();
            case SHA1 -> head.checksumSHA1();
            case SHA256 -> head.checksumSHA256();
            case CRC64NVME -> head.checksumCRC64NVME();
        };
    }

    /** The checksum S3 computed in this algorithm, as a {@code PutObject} response names it; null if none. */
    String storedIn(PutObjectResponse put) {
        return switch (this) {
            case CRC32 -> put.checksumCRC32();
            case CRC32C -> put.checksumCRC32C();
            case SHA1 -> put.checksumSHA1();
            case SHA256 -> put.checksumSHA256();
            case CRC64NVME -> put.checksumCRC64NVME();
        };
    }

    /** What S3 holds for an uploaded part in this algorithm; null when it holds none in it. */
    String storedIn(Part part) {
        return checksums(part).get(this);
    }

    /** The algorithms in which S3 holds a checksum for the part. */
    static Map<UploadChecksum, String> checksums(Part part) {
        Map<UploadChecksum, String> found = new java.util.EnumMap<>(UploadChecksum.class);
        putIfPresent(found, CRC32, part.checksumCRC32());
        putIfPresent(found, CRC32C, part.checksumCRC32C());
        putIfPresent(found, SHA1, part.checksumSHA1());
        putIfPresent(found, SHA256, part.checksumSHA256());
        putIfPresent(found, CRC64NVME, part.checksumCRC64NVME());
        return found;
    }

    private static void putIfPresent(Map<UploadChecksum, String> found, UploadChecksum algorithm, String value) {
        if (value != null) {
            found.put(algorithm, value);
        }
    }
}
