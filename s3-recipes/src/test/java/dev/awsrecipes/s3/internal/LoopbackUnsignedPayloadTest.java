package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which endpoints may skip the payload signature: plain HTTP to this machine only. */
class LoopbackUnsignedPayloadTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:4566",
                "http://localhost:4566",
                "http://LOCALHOST",
                "http://127.1.2.3:9000",
                "http://[::1]:4566"
            })
    void appliesTo_plainHttpToTheLoopback(String endpoint) {
        assertThat(LoopbackUnsignedPayload.appliesTo(URI.create(endpoint))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1:4566",
                "https://localhost",
                "http://10.0.0.5:4566",
                "http://192.168.1.2",
                "http://localstack:4566",
                "http://s3.amazonaws.com",
                "http://127.0.0.1.example.com",
                "http://[2001:db8::1]"
            })
    void doesNotApply_toHttpsOrAnotherHost(String endpoint) {
        assertThat(LoopbackUnsignedPayload.appliesTo(URI.create(endpoint))).isFalse();
    }
}
