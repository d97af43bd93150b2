package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import software.amazon.awssdk.http.TlsTrustManagersProvider;

/**
 * Certificates of private certificate authorities, read from a PEM file ({@code AWS_CA_BUNDLE} or a
 * profile's {@code ca_bundle}, as the AWS CLI takes them) and trusted in addition to the JVM's default
 * trust, so that a MinIO, Ceph or versitygw on premises with a private CA is reached over HTTPS while
 * AWS itself stays trusted as before.
 */
@InternalApi
public final class CaBundle implements TlsTrustManagersProvider {
    private static final byte[] PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final String origin;
    private final String argument;
    private final byte[] pem;
    private final Lazy<List<X509Certificate>> certificates = new Lazy<>(this::parse);
    private final Lazy<TrustManager[]> trustManagers = new Lazy<>(this::makeTrustManagers);

    private CaBundle(Path path, String origin, String argument, byte[] pem) {
        this.path = path;
        this.origin = origin;
        this.argument = argument;
        this.pem = pem;
    }

    /**
     * The PEM file, read now so that a wrong path, an unreadable file or one without any certificate fails
     * before any call. Its certificates are parsed on first use: a system bundle holds some 150 of them, which
     * cost a short command about 0.1 s to parse, and a plain-HTTP endpoint never needs them (the AWS CLI, too,
     * reads the bundle only for HTTPS).
     *
     * @param origin where the path was given, as the user knows it: {@code AWS_CA_BUNDLE}, {@code
     *     ca_bundle of profile dev}; the exception's argument and message name it
     * @throws InvalidArgumentException when the file is missing, unreadable, or holds no certificate
     */
    public static CaBundle read(String origin, String argument, Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidArgumentException(
                    argument,
                    origin + " names " + path + ", which is not a file (it should be a PEM file of CA certificates)");
        }
        byte[] pem;
        try {
            pem = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InvalidArgumentException(argument, origin + " names " + path + ", which cannot be read: " + e);
        }
        if (indexOf(pem, PEM_CERTIFICATE) < 0) {
            throw noCertificate(origin, argument, path);
        }
        return new CaBundle(path, origin, argument, pem);
    }

    private static InvalidArgumentException noCertificate(String origin, String argument, Path path) {
        return new InvalidArgumentException(
                argument, origin + " names " + path + ", which holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }

    /**
     * The certificates, parsed from the bytes read at {@link #read}.
     *
     * @throws InvalidArgumentException when the file is not a PEM file of certificates after all
     */
    private List<X509Certificate> parse() {
        List<X509Certificate> parsed = new ArrayList<>();
        try {
            Collection<? extends Certificate> read =
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
            for (Certificate c : read) {
                parsed.add((X509Certificate) c);
            }
        } catch (CertificateException e) {
            throw new InvalidArgumentException(
                    argument,
                    origin + " names " + path + ", which is not a PEM file of certificates: " + e.getMessage());
        }
        if (parsed.isEmpty()) {
            throw noCertificate(origin, argument, path);
        }
        return List.copyOf(parsed);
    }

    private static int indexOf(byte[] text, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= text.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (text[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The file the certificates came from. */
    public Path path() {
        return path;
    }

    /** How many certificates the file holds (parsing them, if not done yet). */
    public int size() {
        return certificates.get().size();
    }

    /**
     * Trust managers trusting the JVM's default authorities (its {@code cacerts}, or {@code
     * javax.net.ssl.trustStore}) and this bundle's. Made on first use: loading the default trust store
     * costs start-up time that a plain-HTTP endpoint never needs.
     */
    @Override
    public TrustManager[] trustManagers() {
        return trustManagers.get().clone();
    }

    private TrustManager[] makeTrustManagers() {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int n = 0;
            for (X509Certificate c : defaultTrust().getAcceptedIssuers()) {
                anchors.setCertificateEntry("default-" + n++, c);
            }
            for (X509Certificate c : certificates.get()) {
                anchors.setCertificateEntry("ca-bundle-" + n++, c);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS trust with the CA bundle " + path + ": " + e, e);
        }
    }

    private static X509TrustManager defaultTrust() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JVM's default trust has no X.509 trust manager");
    }

    @Override
    public String toString() {
        return "CaBundle[" + path + "]";
    }
}
