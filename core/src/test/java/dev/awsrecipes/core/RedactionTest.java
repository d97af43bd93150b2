package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void signingHeaders_areMasked_otherHeadersKept() {
        String line = Redaction.headers(Map.of(
                "Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIA/x, Signature=abcdef"),
                "X-Amz-Security-Token", List.of("FQoGZXIvYXdzEJr"),
                "Content-Type", List.of("application/xml")));
        assertThat(line)
                .doesNotContain("Signature=abcdef")
                .doesNotContain("FQoGZXIvYXdzEJr")
                .contains("Authorization: " + Redaction.MASK)
                .contains("Content-Type: application/xml");
    }

    @Test
    void presignedUrl_signatureAndTokenAreMasked() {
        String url = "http://127.0.0.1:4566/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Security-Token=TOKEN123"
                + "&X-Amz-Expires=5&X-Amz-Signature=deadbeef";
        assertThat(Redaction.url(url))
                .doesNotContain("deadbeef")
                .doesNotContain("TOKEN123")
                .contains("X-Amz-Expires=5")
                .contains("X-Amz-Signature=" + Redaction.MASK);
    }

    @Test
    void secretKeysInBodies_areMasked() {
        String xml = "<AccessKey><AccessKeyId>AKIA1</AccessKeyId><SecretAccessKey>s3cr3t</SecretAccessKey></AccessKey>";
        String json = "{\"SecretAccessKey\": \"s3cr3t\", \"SessionToken\":\"tok\"}";
        assertThat(Redaction.body(xml)).doesNotContain("s3cr3t").contains("AKIA1");
        assertThat(Redaction.body(json)).doesNotContain("s3cr3t").doesNotContain("tok\"");
    }

    @Test
    void headerNames_areMatchedWithoutRegardToCase() {
        assertThat(Redaction.isSecretHeader("authorization")).isTrue();
        assertThat(Redaction.isSecretHeader("x-amz-security-token")).isTrue();
        assertThat(Redaction.isSecretHeader("x-amz-date")).isFalse();
    }
}
