package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "my-bucket", "logs.example.org", "a1-b2.c3"})
    void check_validName_returnsIt(String name) {
        assertThat(BucketNames.check("bucket", name)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ab|3 to 63 characters",
                "My-Bucket|upper-case",
                "my_bucket|only lower-case letters",
                "-bucket|starting and ending",
                "bucket-|starting and ending",
                "my..bucket|two adjacent dots",
                "192.168.1.10|IP address",
                "xn--bucket|reserves",
                "sthree-bucket|reserves",
                "bucket-s3alias|reserves",
                "bucket--ol-s3|reserves"
            })
    void check_invalidName_namesTheArgumentAndTheRule(String name, String rule) {
        assertThatThrownBy(() -> BucketNames.check("bucket", name))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("bucket \"" + name + "\"")
                .hasMessageContaining(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   "})
    void check_blankName_isRejected(String name) {
        assertThatThrownBy(() -> BucketNames.check("bucket", name))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("bucket is required and must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "dir/file.txt", "ünïcödé/文件", " leading space"})
    void checkKey_validKey_returnsIt(String key) {
        assertThat(BucketNames.checkKey("key", key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void checkKey_blankKey_isRejected(String key) {
        assertThatThrownBy(() -> BucketNames.checkKey("key", key))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("key is required and must not be blank");
    }

    @org.junit.jupiter.api.Test
    void check_length_63IsAllowedAnd64IsNot() {
        assertThat(BucketNames.check("bucket", "b".repeat(63))).hasSize(63);
        assertThatThrownBy(() -> BucketNames.check("bucket", "b".repeat(64)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("it must be 3 to 63 characters long");
    }

    @org.junit.jupiter.api.Test
    void checkKey_over1024BytesOfUtf8_isRejected() {
        String key = "é".repeat(513);
        assertThatThrownBy(() -> BucketNames.checkKey("key", key))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("1026 bytes")
                .hasMessageContaining("at most 1024");
    }
}
