package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.InvalidArgumentException;
import java.io.IOException;
import java.io.InputStream;
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
    private final Path path;
    private final List<X509Certificate> certificates;
    private final Lazy<TrustManager[]> trustManagers = new Lazy<>(this::makeTrustManagers);

    private CaBundle(Path path, List<X509Certificate> certificates) {
        this.path = path;
        this.certificates = List.copyOf(certificates);
    }

    /**
     * The certificates of the PEM file, read now so that a wrong path fails before any call.
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
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path)) {
            Collection<? extends Certificate> read =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            for (Certificate c : read) {
                certificates.add((X509Certificate) c);
            }
        } catch (IOException e) {
            throw new InvalidArgumentException(argument, origin + " names " + path + ", which cannot be read: " + e);
        } catch (CertificateException e) {
            throw new InvalidArgumentException(
                    argument,
                    origin + " names " + path + ", which is not a PEM file of certificates: " + e.getMessage());
        }
        if (certificates.isEmpty()) {
            throw new InvalidArgumentException(
                    argument,
                    origin + " names " + path + ", which holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return new CaBundle(path, certificates);
    }

    /** The file the certificates came from. */
    public Path path() {
        return path;
    }

    /** How many certificates the file holds. */
    public int size() {
        return certificates.size();
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
            for (X509Certificate c : certificates) {
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
        return "CaBundle[" + path + ", " + certificates.size() + " certificates]";
    }
}
