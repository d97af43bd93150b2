package dev.awsrecipes.core;

/**
 * An HTTPS server's certificate that no trusted authority signed: typically an S3-compatible server on
 * premises (MinIO, Ceph, versitygw) with a private CA or a self-signed certificate. The message says
 * which server and how to trust its CA ({@code AWS_CA_BUNDLE} or a profile's {@code ca_bundle}, as for
 * the AWS CLI); the TLS error is the cause.
 */
public class UntrustedCertificateException extends AwsRecipesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the server and how to trust it
     * @param cause the TLS handshake failure underneath
     */
    public UntrustedCertificateException(String message, Throwable cause) {
        super(message, cause);
    }
}
