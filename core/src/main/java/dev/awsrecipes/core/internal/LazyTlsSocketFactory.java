package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.InternalApi;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.apache.http.HttpHost;
import org.apache.http.conn.socket.LayeredConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.protocol.HttpContext;

/**
 * The HTTP client's TLS socket factory, made on the first HTTPS connection instead of with the client.
 * Making it loads the JDK's security providers, parses the trust store and reads the public-suffix list
 * for host-name checks: measured as about a third of the CPU of a 1 KiB upload from the command line
 * (with class data sharing), all of it wasted on a plain-HTTP endpoint or a command that sends nothing.
 *
 * <p>What it makes is the JDK's default TLS set-up as Apache's client offers it ({@link
 * SSLConnectionSocketFactory#getSystemSocketFactory()}): the default trust store (or {@code
 * javax.net.ssl.trustStore}), {@code javax.net.ssl.keyStore} for client certificates, {@code
 * https.protocols}, and the standard host-name verifier. Requests are signed as always.
 */
@InternalApi
public final class LazyTlsSocketFactory implements LayeredConnectionSocketFactory {
    private final Lazy<LayeredConnectionSocketFactory> delegate =
            new Lazy<>(SSLConnectionSocketFactory::getSystemSocketFactory);

    private LayeredConnectionSocketFactory delegate() {
        return delegate.get();
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
