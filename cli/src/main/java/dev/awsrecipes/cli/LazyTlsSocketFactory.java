package dev.awsrecipes.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import org.apache.http.HttpHost;
import org.apache.http.conn.socket.LayeredConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.protocol.HttpContext;
import software.amazon.awssdk.http.SystemPropertyTlsKeyManagersProvider;
import software.amazon.awssdk.http.TlsTrustManagersProvider;

/**
 * The HTTP client's TLS socket factory, made on the first HTTPS connection instead of with the client.
 * Making it loads the JDK's security providers, parses the trust store and reads the public-suffix list
 * for host-name checks: measured as about a third of the CPU of a 1 KiB upload from the command line
 * (with class data sharing), all of it wasted on a plain-HTTP endpoint or a command that sends nothing.
 *
 * <p>What it makes is the JDK's default TLS set-up as Apache's client offers it ({@link
 * SSLConnectionSocketFactory#getSystemSocketFactory()}): the default trust store (or {@code
 * javax.net.ssl.trustStore}), {@code javax.net.ssl.keyStore} for client certificates, {@code
 * https.protocols}, {@code https.cipherSuites} and the standard host-name verifier; with the session's
 * trust managers instead of the default trust when it has any (a CA bundle). Requests are signed as
 * always.
 */
final class LazyTlsSocketFactory implements LayeredConnectionSocketFactory {
    private final TlsTrustManagersProvider trust;
    private volatile LayeredConnectionSocketFactory delegate;

    /** @param trust the session's trust (its CA bundle on top of the default), or null for the default */
    LazyTlsSocketFactory(TlsTrustManagersProvider trust) {
        this.trust = trust;
    }

    private LayeredConnectionSocketFactory delegate() throws IOException {
        LayeredConnectionSocketFactory made = delegate;
        if (made == null) {
            synchronized (this) {
                made = delegate;
                if (made == null) {
                    made = trust == null ? SSLConnectionSocketFactory.getSystemSocketFactory() : withTrust();
                    delegate = made;
                }
            }
        }
        return made;
    }

    private SSLConnectionSocketFactory withTrust() throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(SystemPropertyTlsKeyManagersProvider.create().keyManagers(), trust.trustManagers(), null);
            return new SSLConnectionSocketFactory(
                    context,
                    split(System.getProperty("https.protocols")),
                    split(System.getProperty("https.cipherSuites")),
                    SSLConnectionSocketFactory.getDefaultHostnameVerifier());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** A comma-separated system property as Apache's system factory reads it; null when unset. */
    private static String[] split(String value) {
        return value == null || value.isBlank() ? null : value.split(" *, *");
    }

    @Override
    public Socket createSocket(HttpContext context) throws IOException {
        return delegate().createSocket(context);
    }

    @Override
    public Socket connectSocket(
            int connectTimeout,
            Socket socket,
            HttpHost host,
            InetSocketAddress remoteAddress,
            InetSocketAddress localAddress,
            HttpContext context)
            throws IOException {
        return delegate().connectSocket(connectTimeout, socket, host, remoteAddress, localAddress, context);
    }

    @Override
    public Socket createLayeredSocket(Socket socket, String target, int port, HttpContext context) throws IOException {
        return delegate().createLayeredSocket(socket, target, port, context);
    }
}
