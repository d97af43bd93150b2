package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.UntrustedCertificateException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.PKIXReason;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Turns a TLS handshake that failed because no trusted authority signed the server's certificate
 * (the JDK's raw {@code PKIX path building failed: ... unable to find valid certification path}) into
 * an {@link UntrustedCertificateException} that names the server and says how to trust its CA. Other
 * failures, a host-name mismatch included, pass unchanged.
 */
public final class TlsTrustErrors implements ExecutionInterceptor {
    private final Optional<CaBundle> bundle;

    /** @param bundle the CA bundle the session's HTTP client trusts, if any */
    public TlsTrustErrors(Optional<CaBundle> bundle) {
        this.bundle = bundle;
    }

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable error = context.exception();
        if (!isUntrustedCertificate(error)) {
            return error;
        }
        String server = context.httpRequest()
                .map(SdkHttpRequest::getUri)
                .map(u -> u.getScheme() + "://" + u.getAuthority())
                .orElse("the server");
        String advice = bundle.map(b -> "it is not signed by the JVM's trusted authorities nor by the "
                        + b.size() + " certificate(s) of the CA bundle " + b.path()
                        + " (AWS_CA_BUNDLE or ca_bundle): add its CA's certificate to that file")
                .orElse("it is not signed by the JVM's trusted authorities: if a private CA signed it"
                        + " (MinIO, Ceph, versitygw on premises), give that CA's PEM file with AWS_CA_BUNDLE"
                        + " or ca_bundle in the profile");
        return new UntrustedCertificateException("the certificate of " + server + " is not trusted: " + advice, error);
    }

    /** An expired or revoked certificate is another matter, which a CA bundle would not mend. */
    private static boolean noTrustAnchor(Throwable t) {
        return t instanceof CertPathValidatorException v && v.getReason() == PKIXReason.NO_TRUST_ANCHOR;
    }

    /** A handshake failure whose cause is a certificate path that leads to no trusted authority. */
    static boolean isUntrustedCertificate(Throwable error) {
        boolean handshake = false;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            handshake |= t instanceof SSLHandshakeException;
            if (handshake && (t instanceof CertPathBuilderException || noTrustAnchor(t))) {
                return true;
            }
        }
        return false;
    }
}
