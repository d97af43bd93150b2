package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.BucketVersioning;
import dev.awsrecipes.s3.ObjectVersion;
import dev.awsrecipes.s3.VersioningStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.MFADelete;
import software.amazon.awssdk.services.s3.model.MFADeleteStatus;

/** S10: versioning status, enable/suspend, MFA delete and the list of versions. */
record Versioning(RecipeContext context) {
    private static final Pattern MFA_CODE = Pattern.compile("\\d{6}");
    private static final Pattern MFA_SERIAL = Pattern.compile("[\\w+=,.@:/-]{9,256}");

    BucketVersioning status(String bucket) {
        BucketNames.check("bucket", bucket);
        GetBucketVersioningResponse response = client().getBucketVersioning(g -> g.bucket(bucket));
        VersioningStatus status = response.status() == null
                ? VersioningStatus.UNVERSIONED
                : response.status() == BucketVersioningStatus.ENABLED
                        ? VersioningStatus.ENABLED
                        : VersioningStatus.SUSPENDED;
        return new BucketVersioning(bucket, status, response.mfaDelete() == MFADeleteStatus.ENABLED);
    }

    BucketVersioning set(String bucket, BucketVersioningStatus status) {
        BucketNames.check("bucket", bucket);
        client().putBucketVersioning(p -> p.bucket(bucket).versioningConfiguration(v -> v.status(status)));
        return status(bucket);
    }

    BucketVersioning mfaDelete(String bucket, boolean enabled, String serial, String code) {
        BucketNames.check("bucket", bucket);
        Check.notBlank(serial, "mfaSerial");
        Check.that(
                MFA_SERIAL.matcher(serial).matches(),
                "mfaSerial",
                "\"" + serial + "\" is not an MFA device serial number or ARN (arn:aws:iam::123456789012:mfa/root)");
        Check.that(
                code != null && MFA_CODE.matcher(code).matches(), "mfaCode", "must be the device's current 6 digits");
        // S3 takes the device and the code in one header, separated by a space; MFA delete can only be
        // set together with the Enabled status.
        client().putBucketVersioning(
                        p -> p.bucket(bucket).mfa(serial + " " + code).versioningConfiguration(v -> v.status(
                                        BucketVersioningStatus.ENABLED)
                                .mfaDelete(enabled ? MFADelete.ENABLED : MFADelete.DISABLED)));
        return status(bucket);
    }

    List<ObjectVersion> list(String bucket, String prefix) {
        BucketNames.check("bucket", bucket);
        String p = prefix == null || prefix.isEmpty() ? null : prefix;
        List<ObjectVersion> all = new ArrayList<>();
        // Paged by hand rather than with the SDK's paginator: a server that lists the marker entry again
        // on the next page (versitygw 1.8 does for delete markers) must not show it twice.
        KeyRange cursor = KeyRange.ALL;
        while (true) {
            KeyRange from = cursor;
            ListObjectVersionsResponse page = client().listObjectVersions(l ->
                    l.bucket(bucket).prefix(p).keyMarker(from.afterKey()).versionIdMarker(from.afterVersion()));
            String nextKey = Boolean.TRUE.equals(page.isTruncated()) ? page.nextKeyMarker() : null;
            Set<String> seenOfNextKey = new HashSet<>();
            for (var v : page.versions()) {
                if (!from.precedes(v.key(), v.versionId())) {
                    all.add(new ObjectVersion(
                            v.key(),
                            v.versionId(),
                            Boolean.TRUE.equals(v.isLatest()),
                            false,
                            v.size() == null ? 0 : v.size(),
                            v.lastModified(),
                            ObjectStore.storageClassOf(v.storageClassAsString())));
                    if (v.key().equals(nextKey)) {
                        seenOfNextKey.add(v.versionId());
                    }
                }
            }
            for (var m : page.deleteMarkers()) {
                if (!from.precedes(m.key(), m.versionId())) {
                    all.add(new ObjectVersion(
                            m.key(),
                            m.versionId(),
                            Boolean.TRUE.equals(m.isLatest()),
                            true,
                            0,
                            m.lastModified(),
                            null));
                    if (m.key().equals(nextKey)) {
                        seenOfNextKey.add(m.versionId());
                    }
                }
            }
            if (nextKey == null) {
                break;
            }
            if (nextKey.equals(from.afterKey()) && Objects.equals(page.nextVersionIdMarker(), from.afterVersion())) {
                throw new AwsRecipesException("listing the versions of bucket " + bucket + " does not move on after "
                        + nextKey + " but says more follow");
            }
            cursor = from.continuedAt(nextKey, page.nextVersionIdMarker(), seenOfNextKey);
        }
        // S3 returns versions and delete markers in two lists; merged back into key order, newest first.
        all.sort(Comparator.comparing(ObjectVersion::key, KeyRanges::compare)
                .thenComparing(ObjectVersion::latest, Comparator.reverseOrder())
                .thenComparing(ObjectVersion::lastModified, Comparator.reverseOrder()));
        return all;
    }

    private S3Client client() {
        return S3Services.client(context);
    }
}
