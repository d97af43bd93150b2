package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/** S10 against LocalStack. */
class VersioningIT {

    @S3ServerTest
    void versioning_enableThenSuspend_isWhatGetBucketVersioningReports(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s10")) {
            S3Recipes recipes = S3Recipes.using(aws);
            assertThat(recipes.versioning(bucket.name()).status()).isEqualTo(VersioningStatus.UNVERSIONED);

            BucketVersioning enabled = recipes.enableVersioning(bucket.name());

            assertThat(enabled).isEqualTo(new BucketVersioning(bucket.name(), VersioningStatus.ENABLED, false));
            assertThat(s3.getBucketVersioning(g -> g.bucket(bucket.name())).status())
                    .isEqualTo(BucketVersioningStatus.ENABLED);

            BucketVersioning suspended = recipes.suspendVersioning(bucket.name());

            assertThat(suspended.status()).isEqualTo(VersioningStatus.SUSPENDED);
            assertThat(s3.getBucketVersioning(g -> g.bucket(bucket.name())).status())
                    .isEqualTo(BucketVersioningStatus.SUSPENDED);
        }
    }

    @S3ServerTest
    void listVersions_returnsVersionsAndDeleteMarkersNewestFirst(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s10-list")) {
            S3Recipes recipes = S3Recipes.using(aws);
            recipes.enableVersioning(bucket.name());
            String v1 = s3.putObject(p -> p.bucket(bucket.name()).key("doc"), RequestBody.fromString("1"))
                    .versionId();
            String v2 = s3.putObject(p -> p.bucket(bucket.name()).key("doc"), RequestBody.fromString("22"))
                    .versionId();
            s3.putObject(p -> p.bucket(bucket.name()).key("other"), RequestBody.fromString("x"));
            String marker =
                    s3.deleteObject(d -> d.bucket(bucket.name()).key("other")).versionId();

            List<ObjectVersion> versions = recipes.listVersions(bucket.name(), "");

            assertThat(versions)
                    .extracting(ObjectVersion::key, ObjectVersion::latest, ObjectVersion::deleteMarker)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("doc", true, false),
                            org.assertj.core.groups.Tuple.tuple("doc", false, false),
                            org.assertj.core.groups.Tuple.tuple("other", true, true),
                            org.assertj.core.groups.Tuple.tuple("other", false, false));
            assertThat(versions.get(0).versionId()).isEqualTo(v2);
            assertThat(versions.get(0).bytes()).isEqualTo(2);
            assertThat(versions.get(1).versionId()).isEqualTo(v1);
            assertThat(versions.get(2).versionId()).isEqualTo(marker);
            assertThat(recipes.listVersions(bucket.name(), "doc")).hasSize(2);
            assertThat(s3.listObjectVersions(l -> l.bucket(bucket.name())).versions())
                    .hasSize(3);
        }
    }

    /**
     * LocalStack accepts the MFA header but neither checks the code nor records MFA delete (its
     * GetBucketVersioning never reports MFADelete); on AWS only the root user with a valid code can do
     * this. What can be checked here: the request is well-formed and leaves versioning enabled.
     */
    @S3ServerTest
    void configureMfaDelete_sendsSerialAndCodeAndKeepsVersioningEnabled(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s10-mfa")) {
            BucketVersioning result = S3Recipes.using(aws)
                    .configureMfaDelete(
                            bucket.name(), true, "arn:aws:iam::000000000000:mfa/root-account-mfa-device", "123456");

            assertThat(result.status()).isEqualTo(VersioningStatus.ENABLED);
            assertThat(s3.getBucketVersioning(g -> g.bucket(bucket.name())).status())
                    .isEqualTo(BucketVersioningStatus.ENABLED);
        }
    }

    @S3ServerTest
    void configureMfaDelete_badCode_isRejectedBeforeAnyCall(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws).configureMfaDelete("b-ucket", true, "GAHT12345678", "12345"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("mfaCode must be the device's current 6 digits");
        assertThatThrownBy(() -> S3Recipes.using(aws).configureMfaDelete("b-ucket", true, "bad serial", "123456"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("mfaSerial");
    }
}
