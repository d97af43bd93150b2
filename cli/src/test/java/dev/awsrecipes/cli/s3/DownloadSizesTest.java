package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the disk-full notice of {@code download} writes the sizes of what it kept. */
class DownloadSizesTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0 B",
        "1023, 1023 B",
        "1024, 1.0 KiB",
        "4391130, 4.2 MiB",
        "1073741824, 1.0 GiB",
        "5497558138880, 5.0 TiB"
    })
    void human_writesBytesBelowAKibAndOneDecimalAbove(long bytes, String shown) {
        assertThat(DownloadCommand.human(bytes)).isEqualTo(shown);
    }
}
