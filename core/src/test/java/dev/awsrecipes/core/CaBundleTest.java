package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.internal.CaBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * TLS trust as the AWS CLI's: a server whose certificate no public authority signed is refused with a
 * message that says how to trust it, and reached once its CA is given with {@code AWS_CA_BUNDLE} or a
 * profile's {@code ca_bundle}, over Apache (the default) and URL-connection clients alike.
 */
class CaBundleTest {
    @TempDir
    static Path dir;

    private static SelfSignedCertificate certificate;
    private static CannedSts sts;

    @BeforeAll
    static void startHttpsSts() throws IOException, InterruptedException, GeneralSecurityException {
        certificate = SelfSignedCertificate.create(dir);
        sts = CannedSts.https(certificate.httpsServer());
    }

    @AfterAll
    static void stopSts() {
        sts.close();
    }

    private static Aws.Builder session(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("AWS_EC2_METADATA_DISABLED", "true");
        return Aws.builder()
                .environment(Environment.of(all))
                .profileFiles(dir.resolve("no-config"), null)
                .credentials("AKIDEXAMPLE", "secret")
                .region("us-east-1")
                .maxAttempts(1)
                .endpoint(sts.endpoint());
    }

    @Test
    void withoutTheBundle_theCallFailsSayingHowToTrustTheServer() {
        try (Aws aws = session(Map.of()).build()) {
            assertThatThrownBy(aws::whoami)
                    .isInstanceOf(UntrustedCertificateException.class)
                    .hasMessageContaining(sts.endpoint().toString())
                    .hasMessageContaining("AWS_CA_BUNDLE")
                    .hasMessageContaining("ca_bundle")
                    .hasMessageNotContaining("PKIX");
        }
    }

    @Test
    void withAwsCaBundle_theDefaultClientTrustsTheServer() {
        try (Aws aws =
                session(Map.of("AWS_CA_BUNDLE", certificate.pem().toString())).build()) {
            assertThat(aws.whoami().account()).isEqualTo(CannedSts.ACCOUNT);
        }
    }

    @Test
    void withAwsCaBundle_aUrlConnectionClientBuiltByTheSessionTrustsTheServer() {
        try (Aws aws = session(Map.of("AWS_CA_BUNDLE", certificate.pem().toString()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            assertThat(aws.whoami().account()).isEqualTo(CannedSts.ACCOUNT);
        }
    }

    @Test
    void withAProfilesCaBundle_theServerIsTrusted() throws IOException {
        Path config =
                Files.writeString(dir.resolve("config"), "[profile onprem]\nca_bundle = " + certificate.pem() + "\n");
        try (Aws aws =
                session(Map.of()).profileFiles(config, null).profile("onprem").build()) {
            assertThat(aws.whoami().account()).isEqualTo(CannedSts.ACCOUNT);
        }
    }

    @Test
    void aMissingBundle_isRefusedAtBuild_namingTheSettingAndThePath() throws IOException {
        Path missing = dir.resolve("no-such.pem");
        assertThatThrownBy(() ->
                        session(Map.of("AWS_CA_BUNDLE", missing.toString())).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("AWS_CA_BUNDLE")
                .hasMessageContaining(missing.toString())
                .extracting(e -> ((InvalidArgumentException) e).argument())
                .isEqualTo("AWS_CA_BUNDLE");

        Path config = Files.writeString(dir.resolve("config-missing"), "[default]\nca_bundle = " + missing + "\n");
        assertThatThrownBy(() -> session(Map.of()).profileFiles(config, null).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("ca_bundle")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aFileWithoutCertificates_isRefusedAtBuild() throws IOException {
        Path notPem = Files.writeString(dir.resolve("not.pem"), "hello\n");
        assertThatThrownBy(() ->
                        session(Map.of("AWS_CA_BUNDLE", notPem.toString())).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining(notPem.toString());
    }

    @Test
    void aBundleWhoseCertificatesDoNotParse_isRefusedWhenTlsIsFirstSetUp_namingTheSetting() throws IOException {
        Path broken = Files.writeString(
                dir.resolve("broken.pem"),
                "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        try (Aws aws = session(Map.of("AWS_CA_BUNDLE", broken.toString())).build()) {
            assertThatThrownBy(aws::whoami)
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining(broken.toString())
                    .hasMessageContaining("not a PEM file of certificates")
                    .extracting(e -> ((InvalidArgumentException) e).argument())
                    .isEqualTo("AWS_CA_BUNDLE");
        }
    }

    @Test
    void theBundleIsTrustedBesidesTheDefaultAuthorities_notInsteadOfThem() {
        CaBundle bundle = CaBundle.read("AWS_CA_BUNDLE", "AWS_CA_BUNDLE", certificate.pem());
        X509TrustManager trust = Arrays.stream(bundle.trustManagers())
                .filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(bundle.size()).isEqualTo(1);
        assertThat(trust.getAcceptedIssuers().length)
                .as("the JVM's authorities and the bundle's")
                .isGreaterThan(1);
        assertThat(Arrays.stream(trust.getAcceptedIssuers())
                        .map(c -> c.getSubjectX500Principal().getName()))
                .contains("CN=127.0.0.1");
    }
}
