package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import dev.awsrecipes.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Issue 19's "every checksum S3 stores is verified", against both servers, with what they store checked
 * with the AWS CLI ({@code s3api head-object --checksum-mode ENABLED}). Both LocalStack and versitygw
 * give an object uploaded without a checksum (in one piece or in parts) a full-object CRC64NVME, as S3
 * does; a download then reports CRC64NVME verified. Neither server leaves an object with nothing but
 * its MD5 ETag (checked: single PUT, multipart and copy all get a CRC64NVME), as objects stored before
 * S3 kept checksums have; so that case is the server's own object and ETag seen through a client that
 * hides the checksum headers of {@code HeadObject}.
 */
class ChecksumVerificationIT {
    private static final long MIB = S3Limits.MIB;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @S3ServerTest
    void download_objectWithOnlyTheServersDefaultCrc64nvme_isReportedVerifiedWithIt(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 3 * MIB + 5, 91);
        try (S3Client plain = noChecksumClient(server, null);
                ScratchBucket bucket = ScratchBucket.create(plain, "s3crc64")) {
            plain.putObject(r -> r.bucket(bucket.name()).key("default.bin"), RequestBody.fromFile(source));
            Map<String, String> head =
                    headWithAwsCli(server, bucket.name(), "default.bin").checksums();
            assertThat(head)
                    .as("the server stores its default and nothing else")
                    .containsOnlyKeys("crc64nvme", "type")
                    .containsEntry("type", "FULL_OBJECT");
            String stored = head.get("crc64nvme");
            S3Transfers transfers = S3Transfers.builder().s3Client(plain).build();

            DownloadResult toFile = transfers.download(d -> d.bucket(bucket.name())
                    .key("default.bin")
                    .file(dir.resolve("copy.bin"))
                    .partSize(MIB)
                    .concurrency(4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DownloadResult toStream = transfers.download(
                    d -> d.bucket(bucket.name()).key("default.bin").output(out).partSize(MIB));

            ChecksumCheck expected = ChecksumCheck.verified("CRC64NVME", ChecksumCheck.FULL_OBJECT, stored);
            assertThat(toFile.checksumCheck()).isEqualTo(expected);
            assertThat(toFile.parts()).as("the CRCs of 4 ranges combined").isEqualTo(4);
            assertThat(toStream.checksumCheck()).isEqualTo(expected);
            assertThat(TestFiles.sha256(dir.resolve("copy.bin"))).isEqualTo(TestFiles.sha256(source));
            assertThat(TestFiles.sha256(new ByteArrayInputStream(out.toByteArray())))
                    .isEqualTo(TestFiles.sha256(source));
        }
    }

    @S3ServerTest
    void download_multipartObjectUploadedWithoutChecksums_isVerifiedWithTheFullObjectCrc64nvme(S3Server server)
            throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 11 * MIB + 7, 92);
        try (S3Client plain = noChecksumClient(server, null);
                ScratchBucket bucket = ScratchBucket.create(plain, "s3crc64mp")) {
            uploadInPartsWithoutChecksums(plain, bucket.name(), "parts.bin", source, 5 * MIB);
            Map<String, String> head =
                    headWithAwsCli(server, bucket.name(), "parts.bin").checksums();
            assertThat(head).containsOnlyKeys("crc64nvme", "type").containsEntry("type", "FULL_OBJECT");

            DownloadResult result = S3Transfers.builder()
                    .s3Client(plain)
                    .build()
                    .download(d -> d.bucket(bucket.name())
                            .key("parts.bin")
                            .file(dir.resolve("copy.bin"))
                            .partSize(2 * MIB)
                            .concurrency(4));

            assertThat(result.checksumCheck())
                    .isEqualTo(ChecksumCheck.verified("CRC64NVME", ChecksumCheck.FULL_OBJECT, head.get("crc64nvme")));
            assertThat(result.parts()).isEqualTo(6);
            assertThat(TestFiles.sha256(dir.resolve("copy.bin"))).isEqualTo(TestFiles.sha256(source));
        }
    }

    @S3ServerTest
    void download_objectWithOnlyAnMd5ETag_isVerifiedByTheETag_andAMultipartOneIsNotVerified(S3Server server)
            throws Exception {
        Path source = TestFiles.random(dir.resolve("source.bin"), 6 * MIB + 3, 93);
        try (S3Client plain = noChecksumClient(server, null);
                S3Client withoutChecksums = noChecksumClient(server, new HideStoredChecksums());
                ScratchBucket bucket = ScratchBucket.create(plain, "s3md5")) {
            plain.putObject(r -> r.bucket(bucket.name()).key("one.bin"), RequestBody.fromFile(source));
            uploadInPartsWithoutChecksums(plain, bucket.name(), "parts.bin", source, 5 * MIB);
            String eTag = headWithAwsCli(server, bucket.name(), "one.bin")
                    .json()
                    .get("ETag")
                    .asText();
            String md5 =
                    HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(source)));
            assertThat(eTag).as("the server's ETag is the MD5 of the bytes").isEqualTo("\"" + md5 + "\"");
            S3Transfers transfers =
                    S3Transfers.builder().s3Client(withoutChecksums).build();

            DownloadResult single = transfers.download(d -> d.bucket(bucket.name())
                    .key("one.bin")
                    .file(dir.resolve("one.bin"))
                    .partSize(MIB));
            DownloadResult parts = transfers.download(d -> d.bucket(bucket.name())
                    .key("parts.bin")
                    .output(new ByteArrayOutputStream())
                    .partSize(MIB));

            assertThat(single.checksumCheck()).isEqualTo(ChecksumCheck.verified("MD5", ChecksumCheck.ETAG_MD5, md5));
            assertThat(TestFiles.sha256(dir.resolve("one.bin"))).isEqualTo(TestFiles.sha256(source));
            assertThat(parts.checksumVerified()).isFalse();
            assertThat(parts.checksum()).isEqualTo(DownloadResult.SIZE_AND_ETAG);
            assertThat(parts.checksumCheck().reason()).endsWith("(it was uploaded in parts)");
        }
    }

    /** CRC64NVME picked for an upload: in one PUT and in parts (full-object), as the AWS CLI reads it back. */
    @S3ServerTest
    void upload_withCrc64nvme_storesTheFilesFullObjectCrc64nvme_inOnePutAndInParts(S3Server server) throws Exception {
        Path small = TestFiles.random(dir.resolve("small.bin"), 100_000, 94);
        Path big = TestFiles.random(dir.resolve("big.bin"), 12 * MIB + 1, 95);
        try (var aws = server.session();
                ScratchBucket bucket = ScratchBucket.create(aws.client(S3Recipes.S3), "s3upcrc64")) {
            S3Transfers transfers = S3Transfers.using(aws);
            List<UploadResult> results = new ArrayList<>();
            for (Path file : List.of(small, big)) {
                results.add(transfers.upload(u -> u.bucket(bucket.name())
                        .key(file.getFileName().toString())
                        .file(file)
                        .partSize(5 * MIB)
                        .checksumAlgorithm(ChecksumAlgorithm.CRC64NVME)
                        .stateDirectory(dir.resolve("state"))));
            }

            assertThat(results.get(0).parts()).isEqualTo(1);
            assertThat(results.get(1).parts()).isEqualTo(3);
            for (UploadResult result : results) {
                Map<String, String> head =
                        headWithAwsCli(server, bucket.name(), result.key()).checksums();
                assertThat(result.checksumAlgorithm()).isEqualTo(ChecksumAlgorithm.CRC64NVME);
                assertThat(head)
                        .containsOnlyKeys("crc64nvme", "type")
                        .containsEntry("crc64nvme", result.checksum())
                        .containsEntry("type", "FULL_OBJECT");
                DownloadResult back = transfers.download(d -> d.bucket(bucket.name())
                        .key(result.key())
                        .file(dir.resolve("copy-" + result.key()))
                        .partSize(MIB));
                assertThat(back.checksumCheck())
                        .isEqualTo(ChecksumCheck.verified("CRC64NVME", ChecksumCheck.FULL_OBJECT, result.checksum()));
            }
            assertThat(TestFiles.sha256(dir.resolve("copy-big.bin"))).isEqualTo(TestFiles.sha256(big));
        }
    }

    /** SHA-256 picked for a multipart upload: composite, as the AWS CLI reads it back, and verified down. */
    @S3ServerTest
    void upload_withSha256InParts_storesTheCompositeSha256(S3Server server) throws Exception {
        Path big = TestFiles.random(dir.resolve("big.bin"), 10 * MIB + 9, 96);
        try (var aws = server.session();
                ScratchBucket bucket = ScratchBucket.create(aws.client(S3Recipes.S3), "s3upsha")) {
            S3Transfers transfers = S3Transfers.using(aws);

            UploadResult result = transfers.upload(u -> u.bucket(bucket.name())
                    .key("big.bin")
                    .file(big)
                    .partSize(5 * MIB)
                    .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                    .stateDirectory(dir.resolve("state")));
            DownloadResult back = transfers.download(
                    d -> d.bucket(bucket.name()).key("big.bin").file(dir.resolve("copy.bin")));

            assertThat(result.checksum()).endsWith("-3");
            Map<String, String> head =
                    headWithAwsCli(server, bucket.name(), "big.bin").checksums();
            assertThat(head)
                    .containsOnlyKeys("sha256", "type")
                    .containsEntry("sha256", result.checksum())
                    .containsEntry("type", "COMPOSITE");
            assertThat(back.checksumCheck())
                    .isEqualTo(ChecksumCheck.verified("SHA256", ChecksumCheck.COMPOSITE, result.checksum()));
        }
    }

    /**
     * A client that sends no checksum of its own (the SDK's default adds a CRC32 to every PUT), so what
     * the object carries is what the server gives it.
     */
    private static S3Client noChecksumClient(S3Server server, ExecutionInterceptor interceptor) {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(server.endpoint())
                .forcePathStyle(true)
                .region(server.region())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKeyId(), server.secretKey())))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> {
                    if (interceptor != null) {
                        o.addExecutionInterceptor(interceptor);
                    }
                })
                .build();
    }

    /**
     * HeadObject and GetObject answers as they would be for an object stored before S3 kept checksums (a
     * download to a file learns the checksum from its first GET).
     */
    private static final class HideStoredChecksums implements ExecutionInterceptor {
        @Override
        public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            if (!"HeadObject".equals(operation) && !"GetObject".equals(operation)) {
                return context.httpResponse();
            }
            SdkHttpResponse.Builder response = context.httpResponse().toBuilder();
            context.httpResponse().headers().keySet().stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("x-amz-checksum-"))
                    .forEach(response::removeHeader);
            return response.build();
        }
    }

    private static void uploadInPartsWithoutChecksums(S3Client s3, String bucket, String key, Path file, long part)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String uploadId =
                s3.createMultipartUpload(r -> r.bucket(bucket).key(key)).uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        for (int number = 1, offset = 0; offset < bytes.length; number++, offset += (int) part) {
            int n = number;
            int length = (int) Math.min(part, bytes.length - offset);
            String eTag = s3.uploadPart(
                            r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(n),
                            RequestBody.fromBytes(java.util.Arrays.copyOfRange(bytes, offset, offset + length)))
                    .eTag();
            parts.add(CompletedPart.builder().partNumber(n).eTag(eTag).build());
        }
        s3.completeMultipartUpload(
                r -> r.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    }

    /**
     * What the AWS CLI reads of the object with checksum mode on: its JSON, and the checksum headers as
     * received, by name after {@code x-amz-checksum-} (e.g. {@code crc64nvme}, {@code type}). Those come
     * from its debug log: the AWS CLI here (2.9.19) predates CRC64NVME, and its JSON leaves it out.
     */
    private record AwsCliHead(JsonNode json, Map<String, String> checksums) {}

    /** One checksum header in the AWS CLI's log of the response headers (a Python dict). */
    private static final Pattern CHECKSUM_HEADER =
            Pattern.compile("'x-amz-checksum-([A-Za-z0-9]+)': '([^']*)'", Pattern.CASE_INSENSITIVE);

    private AwsCliHead headWithAwsCli(S3Server server, String bucket, String key) throws Exception {
        Path debug = Files.createTempFile(dir, "aws-debug", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        "/usr/bin/aws",
                        "--endpoint-url",
                        server.endpoint().toString(),
                        "--output",
                        "json",
                        "--debug",
                        "s3api",
                        "head-object",
                        "--bucket",
                        bucket,
                        "--key",
                        key,
                        "--checksum-mode",
                        "ENABLED")
                .redirectError(debug.toFile());
        builder.environment().putAll(server.cliEnvironment());
        Process aws = builder.start();
        String out = new String(aws.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(aws.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(aws.exitValue()).as(out).isZero();
        String headers = Files.readString(debug)
                .lines()
                .filter(line -> line.contains("Response headers: {"))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no response headers in the AWS CLI's debug log"));
        Map<String, String> checksums = new TreeMap<>();
        Matcher header = CHECKSUM_HEADER.matcher(headers);
        while (header.find()) {
            checksums.put(header.group(1).toLowerCase(Locale.ROOT), header.group(2));
        }
        return new AwsCliHead(JSON.readTree(out), checksums);
    }
}
