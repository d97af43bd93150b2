package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading {@code stty size}: rows first, then columns; a terminal that never set a size reports 0 0. */
class LocalTerminalTest {
    @Test
    void parseSize_rowsThenColumns() {
        assertThat(LocalTerminal.parseSize("43 132\n")).contains(new LocalTerminal.Size(132, 43));
    }

    @Test
    void parseSize_zeroOrGarbage_isNoSize() {
        assertThat(LocalTerminal.parseSize("0 0\n")).isEmpty();
        assertThat(LocalTerminal.parseSize("stty: 'standard input': Inappropriate ioctl for device"))
                .isEmpty();
        assertThat(LocalTerminal.parseSize("")).isEmpty();
    }
}
