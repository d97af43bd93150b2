package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.KeyFilter;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.S3Uri;
import org.junit.jupiter.api.Test;

/** What {@code rm} lists before it deletes: nothing for one key, the pattern's prefix, or the path as a folder. */
class RmPlanTest {
    private static final KeyFilter ALL = KeyFilter.all();

    private static S3Uri path(String text) {
        return S3Uri.parse("PATH", text);
    }

    @Test
    void oneKey_isDeletedWithoutListing_evenWithRecursiveOff() {
        assertThat(RmCommand.listingFor(path("s3://b-1/logs/a.tmp"), false, ALL))
                .isNull();
        assertThat(RmCommand.listingFor(path("s3://b-1/logs/"), false, ALL)).isNull();
    }

    @Test
    void aPattern_listsItsFixedPrefixAtEveryDepth_withTheFilter() {
        KeyFilter noKeep = KeyFilter.builder().exclude("*.keep").build();
        ListSpec spec = RmCommand.listingFor(path("s3://b-1/logs/2026-*.tmp"), false, noKeep);
        assertThat(spec.prefix()).isEqualTo("logs/2026-");
        assertThat(spec.folder()).isEqualTo("logs/");
        assertThat(spec.recursive()).isTrue();
        assertThat(spec.pattern()).hasValueSatisfying(g -> assertThat(g.matches("logs/2026-x/y.tmp"))
                .isTrue());
        assertThat(spec.filter()).isSameAs(noKeep);
    }

    @Test
    void recursive_readsThePathAsAFolder_soASiblingWithTheSameStartStays() {
        ListSpec spec = RmCommand.listingFor(path("s3://b-1/tmp"), true, ALL);
        assertThat(spec.prefix()).isEqualTo("tmp/");
        assertThat(spec.folder()).isEqualTo("tmp/");
        assertThat(spec.recursive()).isTrue();
        assertThat(spec.pattern()).isEmpty();
        assertThat(RmCommand.listingFor(path("s3://b-1"), true, ALL).prefix()).isEmpty();
    }

    @Test
    void aBucketWithoutRecursive_isRefusedNamingTheWaysOut() {
        assertThatThrownBy(() -> RmCommand.listingFor(path("s3://b-1/"), false, ALL))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("s3://b-1/*.tmp")
                .hasMessageContaining("--recursive");
    }

    @Test
    void sizesReadAsAwsWritesThem() {
        assertThat(HumanSize.of(0)).isEqualTo("0 Bytes");
        assertThat(HumanSize.of(1)).isEqualTo("1 Byte");
        assertThat(HumanSize.of(1023)).isEqualTo("1023 Bytes");
        assertThat(HumanSize.of(1024)).isEqualTo("1.0 KiB");
        assertThat(HumanSize.of(1536)).isEqualTo("1.5 KiB");
        assertThat(HumanSize.of(1024 * 1024 - 1)).isEqualTo("1.0 MiB");
        assertThat(HumanSize.of(5L << 40)).isEqualTo("5.0 TiB");
    }
}
