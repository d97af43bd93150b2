package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** S3 paths, key patterns and include/exclude rules, checked without a server. */
class PathsAndPatternsTest {

    @Test
    void s3PathsKeepTheKeyLiterally() {
        S3Uri uri = S3Uri.parse("source", "s3://my-bucket/a b/+%20#?/../ü/x");
        assertThat(uri.bucket()).isEqualTo("my-bucket");
        assertThat(uri.key()).isEqualTo("a b/+%20#?/../ü/x");
        assertThat(uri).hasToString("s3://my-bucket/a b/+%20#?/../ü/x");
        assertThat(S3Uri.parse("source", "s3://my-bucket").key()).isEmpty();
        assertThat(S3Uri.parse("source", "S3://my-bucket/").isPrefix()).isTrue();
        assertThat(S3Uri.parse("source", "s3://my-bucket/logs").isPrefix()).isFalse();
    }

    @Test
    void childrenAndNames() {
        assertThat(S3Uri.parse("d", "s3://my-bucket/logs").child("a.gz")).hasToString("s3://my-bucket/logs/a.gz");
        assertThat(S3Uri.parse("d", "s3://my-bucket/logs/").child("a.gz")).hasToString("s3://my-bucket/logs/a.gz");
        assertThat(S3Uri.parse("d", "s3://my-bucket").child("a.gz")).hasToString("s3://my-bucket/a.gz");
        assertThat(S3Uri.parse("d", "s3://my-bucket/logs/2026/").name()).isEqualTo("2026");
        assertThat(S3Uri.parse("d", "s3://my-bucket/logs/a.gz").name()).isEqualTo("a.gz");
    }

    @Test
    void badPathsNameTheArgument() {
        assertThatThrownBy(() -> S3Uri.parse("destination", "my-bucket/key"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("destination \"my-bucket/key\" is not an S3 path; write s3://BUCKET/KEY");
        assertThatThrownBy(() -> S3Uri.parse("destination", "s3:///key")).hasMessageContaining("names no bucket");
        assertThatThrownBy(() -> S3Uri.parse("destination", "s3://B_ad/key"))
                .hasMessageStartingWith("destination \"B_ad\" is not a valid bucket name");
        assertThatThrownBy(() -> S3Uri.parse("destination", "s3://my-bucket/" + "k".repeat(1025)))
                .hasMessageContaining("1025 bytes");
        assertThat(S3Uri.isS3("/tmp/s3://x")).isFalse();
    }

    @Test
    void globsMatchAcrossFoldersAndOneCharacterPerQuestionMark() {
        KeyGlob glob = KeyGlob.of("logs/2026-??-*.gz");
        assertThat(glob.fixedPrefix()).isEqualTo("logs/2026-");
        assertThat(glob.folder()).isEqualTo("logs/");
        assertThat(glob.matches("logs/2026-12-01.gz")).isTrue();
        assertThat(glob.matches("logs/2026-12-x/y.gz")).isTrue();
        assertThat(glob.matches("logs/2026-1-01.gz")).isFalse();
        assertThat(glob.matches("logs/2026-12-01.gzip")).isFalse();
        assertThat(KeyGlob.of("a?c").matches("a😀c")).isTrue();
        assertThat(KeyGlob.of("[x].(y)+$").matches("[x].(y)+$")).isTrue();
        assertThat(KeyGlob.of("exact").hasWildcard()).isFalse();
        assertThat(KeyGlob.of("*").fixedPrefix()).isEmpty();
    }

    @Test
    void filtersAreReadInOrderTheLastMatchDeciding() {
        KeyFilter onlyJpeg = KeyFilter.builder().exclude("*").include("*.jpg").build();
        assertThat(onlyJpeg.test("a/b.jpg")).isTrue();
        assertThat(onlyJpeg.test("a/b.png")).isFalse();
        KeyFilter nothing = KeyFilter.builder().include("*.jpg").exclude("*").build();
        assertThat(nothing.test("a/b.jpg")).isFalse();
        assertThat(KeyFilter.all().test("anything")).isTrue();
        KeyFilter noTmp = KeyFilter.builder().exclude("*.tmp").build();
        assertThat(noTmp.test("x.tmp")).isFalse();
        assertThat(noTmp.test("x.txt")).isTrue();
        assertThatThrownBy(() -> KeyFilter.builder().include(" ")).hasMessageStartingWith("include ");
    }

    @Test
    void aPathBecomesTheListingItAsksFor() {
        ListSpec wildcard = ListSpec.of(S3Uri.parse("path", "s3://my-bucket/logs/2026*/*.gz"), false);
        assertThat(wildcard.prefix()).isEqualTo("logs/2026");
        assertThat(wildcard.folder()).isEqualTo("logs/");
        assertThat(wildcard.recursive()).isTrue();
        ListSpec level = ListSpec.of(S3Uri.parse("path", "s3://my-bucket/logs/20"), false);
        assertThat(level.prefix()).isEqualTo("logs/20");
        assertThat(level.folder()).isEqualTo("logs/");
        assertThat(level.recursive()).isFalse();
        assertThat(level.pattern()).isEmpty();
        assertThatThrownBy(() -> ListSpec.builder()
                        .bucket("my-bucket")
                        .prefix("a/")
                        .folder("b/")
                        .build())
                .hasMessageStartingWith("folder \"b/\" is not a start of prefix");
    }
}
