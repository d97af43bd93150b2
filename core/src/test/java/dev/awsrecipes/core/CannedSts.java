package dev.awsrecipes.core;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * STS on a local port (plain HTTP, or HTTPS when given a server made so), answering every request with
 * one recorded {@code GetCallerIdentity} response, and counting requests.
 */
final class CannedSts implements AutoCloseable {
    static final String ACCOUNT = "123456789012";
    static final String ARN = "arn:aws:iam::123456789012:user/alice";

    private static final String RESPONSE =
            """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::123456789012:user/alice</Arn>
                <UserId>AIDAEXAMPLEALICE</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata>
                <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
              </ResponseMetadata>
            </GetCallerIdentityResponse>
            """;

    private final HttpServer server;
    private final String scheme;
    private final AtomicInteger requests = new AtomicInteger();

    private CannedSts(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] body = RESPONSE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Over plain HTTP on 127.0.0.1. */
    static CannedSts http() throws IOException {
        return new CannedSts(HttpServer.create(loopback(), 0), "http");
    }

    /** Over the given HTTPS server, bound and configured by the caller, not yet started. */
    static CannedSts https(com.sun.net.httpserver.HttpsServer server) {
        return new CannedSts(server, "https");
    }

    static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    URI endpoint() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
