package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.KeyFilter;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import dev.awsrecipes.s3.S3Uri;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listings over canned pages: levels, globs, filters and names, across page boundaries. */
class ObjectListingTest {
    private static final String BUCKET = "listing-bucket";

    private final ListingS3 s3 = new ListingS3(BUCKET, ListingS3.Server.AWS, 2)
            .put("logs/2026-01.gz", 10, null)
            .put("logs/2026-02.gz", 20, null)
            .put("logs/2026-02.txt", 5, null)
            .put("logs/deep/2026-03.gz", 30, "GLACIER")
            .put("logs/deep/x.tmp", 1, null)
            .put("other/a", 1, null);

    private List<String> keys(ListSpec spec) {
        return new ObjectListing(s3, spec).stream().map(ListedObject::key).toList();
    }

    @Test
    void oneLevelGivesFoldersAmongObjectsInKeyOrder() {
        List<ListedObject> top = new ObjectListing(
                        s3, ListSpec.of(S3Uri.parse("p", "s3://" + BUCKET + "/logs/"), false))
                .stream().toList();
        assertThat(top)
                .extracting(ListedObject::key)
                .containsExactly("logs/2026-01.gz", "logs/2026-02.gz", "logs/2026-02.txt", "logs/deep/");
        assertThat(top.get(3).folder()).isTrue();
        assertThat(top.get(3).name()).isEqualTo("deep/");
        assertThat(top.get(1).bytes()).isEqualTo(20);
    }

    @Test
    void everyLevelFollowsEveryPage() {
        assertThat(keys(ListSpec.builder()
                        .bucket(BUCKET)
                        .prefix("logs/")
                        .recursive(true)
                        .build()))
                .containsExactly(
                        "logs/2026-01.gz",
                        "logs/2026-02.gz",
                        "logs/2026-02.txt",
                        "logs/deep/2026-03.gz",
                        "logs/deep/x.tmp");
    }

    @Test
    void aGlobMatchesAtAnyDepthAndNamesAreRelativeToItsFolder() {
        List<ListedObject> gz = new ObjectListing(
                        s3, ListSpec.of(S3Uri.parse("p", "s3://" + BUCKET + "/logs/*.gz"), false))
                .stream().toList();
        assertThat(gz)
                .extracting(ListedObject::key)
                .containsExactly("logs/2026-01.gz", "logs/2026-02.gz", "logs/deep/2026-03.gz");
        assertThat(gz).extracting(ListedObject::name).containsExactly("2026-01.gz", "2026-02.gz", "deep/2026-03.gz");
        assertThat(gz.get(2).storageClass()).isEqualTo("GLACIER");
    }

    @Test
    void filtersApplyToNames() {
        ListSpec noTmp = ListSpec.builder()
                .bucket(BUCKET)
                .prefix("logs/")
                .recursive(true)
                .filter(KeyFilter.builder().exclude("*.tmp").exclude("*.txt").build())
                .build();
        assertThat(keys(noTmp)).containsExactly("logs/2026-01.gz", "logs/2026-02.gz", "logs/deep/2026-03.gz");
    }
}
