package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.UntrustedCertificateException;
import java.io.IOException;
import java.net.URI;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.PKIXReason;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The session's own HTTP client, with a TLS handshake that failed because no trusted authority signed
 * the server's certificate (the JDK's raw {@code PKIX path building failed: ... unable to find valid
 * certification path}) turned into an {@link UntrustedCertificateException} that names the server and
 * says how to trust its CA. It is thrown from the HTTP client because that is the one place the SDK
 * lets an exception of ours through unchanged (an interceptor may only return the SDK's own exception
 * type), and it is not retried: no retry makes a certificate trusted. Other failures, a host-name
 * mismatch or an expired certificate included, pass unchanged. Over the caller's own client this
 * advice would be wrong (the session's CA bundle does not reach it), so only our clients are wrapped.
 */
final class TlsTrustErrors implements SdkHttpClient {
    private final SdkHttpClient delegate;
    private final Optional<CaBundle> bundle;

    /** @param bundle the CA bundle the client trusts besides the default authorities, if any */
    TlsTrustErrors(SdkHttpClient delegate, Optional<CaBundle> bundle) {
        this.delegate = delegate;
        this.bundle = bundle;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest prepared = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                try {
                    return prepared.call();
                } catch (SSLHandshakeException e) {
                    if (isUntrustedCertificate(e)) {
                        throw untrusted(request.httpRequest().getUri(), e);
                    }
                    throw e;
                }
            }

            @Override
            public void abort() {
                prepared.abort();
            }
        };
    }

    private UntrustedCertificateException untrusted(URI uri, SSLHandshakeException e) {
        String server = uri.getScheme() + "://" + uri.getAuthority();
        String advice = bundle.map(b -> "it is signed neither by the JVM's trusted authorities nor by the "
                        + b.size() + " certificate(s) of the CA bundle " + b.path()
                        + " (AWS_CA_BUNDLE or ca_bundle): add its CA's certificate to that file")
                .orElse("it is not signed by the JVM's trusted authorities; if a private CA signed it"
                        + " (MinIO, Ceph, versitygw on premises), give that CA's PEM file with AWS_CA_BUNDLE"
                        + " or ca_bundle in the profile");
        return new UntrustedCertificateException("the certificate of " + server + " is not trusted: " + advice, e);
    }

    /** A handshake failure whose cause is a certificate path that leads to no trusted authority. */
    static boolean isUntrustedCertificate(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof CertPathBuilderException || noTrustAnchor(t)) {
                return true;
            }
        }
        return false;
    }

    /** An expired or revoked certificate is another matter, which a CA bundle would not mend. */
    private static boolean noTrustAnchor(Throwable t) {
        return t instanceof CertPathValidatorException v && v.getReason() == PKIXReason.NO_TRUST_ANCHOR;
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
