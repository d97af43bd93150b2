package dev.awsrecipes.ec2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleOutputsTest {

    @Test
    void decode_base64BrokenIntoLines_givesTheText() {
        // "Linux version 6.1\nlogin: " encoded, then wrapped the way long console logs may be
        assertThat(ConsoleOutputs.decode("TGludXggdmVyc2lv\r\nbiA2LjEKbG9naW46IA=="))
                .isEqualTo("Linux version 6.1\nlogin: ");
    }

    @Test
    void decode_noOutputYet_isEmpty() {
        assertThat(ConsoleOutputs.decode(null)).isEmpty();
        assertThat(ConsoleOutputs.decode("")).isEmpty();
    }
}
