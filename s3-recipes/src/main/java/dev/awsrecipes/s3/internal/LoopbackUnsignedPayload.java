package dev.awsrecipes.s3.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;

/**
 * SigV4 that leaves the body unsigned ({@code UNSIGNED-PAYLOAD}) on plain HTTP to this machine's own
 * loopback address, as the SDK already does over HTTPS.
 *
 * <p>Why: over plain HTTP the SDK signs every body, which costs the uploader a SHA-256 pass over each
 * part before it is sent, a second read of the file, and the CPU that a local emulator sharing the
 * machine needs. A payload signature protects the body from being altered on the network; a request
 * to the loopback address never leaves the machine, and every part still carries a CRC32C in a signed
 * header that the server checks. Anything else (HTTPS, or HTTP to another host) keeps the SDK's signer
 * unchanged.
 */
final class LoopbackUnsignedPayload implements AwsV4AuthScheme {
    private final AwsV4AuthScheme standard = AwsV4AuthScheme.create();
    private final AwsV4HttpSigner signer = new Signer(standard.signer());

    /** Whether an endpoint gets this scheme: {@code http://} to {@code localhost} or a loopback address. */
    static boolean appliesTo(URI endpoint) {
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) || endpoint.getHost() == null) {
            return false;
        }
        String host = endpoint.getHost();
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked, so deciding never waits on DNS.
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String schemeId() {
        return standard.schemeId();
    }

    @Override
    public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders providers) {
        return standard.identityProvider(providers);
    }

    @Override
    public AwsV4HttpSigner signer() {
        return signer;
    }

    /**
     * Signs a plain-HTTP request as if it went over HTTPS with payload signing off — the only way the
     * SDK's signer (2.41) writes {@code UNSIGNED-PAYLOAD} — then gives the request back its scheme. The
     * scheme is not part of the signature; host, port, path and headers are, and they stay as they are.
     */
    private record Signer(AwsV4HttpSigner standard) implements AwsV4HttpSigner {
        @Override
        public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
            SdkHttpRequest http = request.request();
            if (!"http".equals(http.protocol())) {
                return standard.sign(request);
            }
            SignRequest<? extends AwsCredentialsIdentity> asHttps = request.copy(b -> b.request(
                            http.toBuilder().protocol("https").port(http.port()).build())
                    .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false));
            SignedRequest signed = standard.sign(asHttps);
            return signed.copy(b -> b.request(signed.request().toBuilder()
                    .protocol("http")
                    .port(http.port())
                    .build()));
        }

        @Override
        public CompletableFuture<AsyncSignedRequest> signAsync(
                AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
            return standard.signAsync(request);
        }
    }
}
