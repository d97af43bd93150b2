package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Environment;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code rm} when S3 refuses some keys of a {@code DeleteObjects} batch: each refused key is one line on stderr,
 * the others are printed as deleted, and the exit status is 1. The S3 answers are canned XML from a loopback
 * HTTP server (no real server refuses single keys on request).
 */
class RmRefusedKeysTest {
    private static final String BUCKET = "rm-refused";
    private static final String XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(method + " " + exchange.getRequestURI());
        exchange.getRequestBody().readAllBytes();
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        String body;
        if (method.equals("GET") && query != null && query.contains("list-type=2")) {
            body = "<ListBucketResult xmlns=\"" + XMLNS + "\"><Name>" + BUCKET + "</Name><Prefix>tmp/</Prefix>"
                    + "<KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>"
                    + object("tmp/a.tmp") + object("tmp/b.tmp") + object("tmp/c.tmp") + "</ListBucketResult>";
        } else if (method.equals("POST") && query != null && query.startsWith("delete")) {
            // Quiet mode: only the keys that were not deleted.
            body = "<DeleteResult xmlns=\"" + XMLNS + "\"><Error><Key>tmp/b.tmp</Key><Code>AccessDenied</Code>"
                    + "<Message>Access Denied</Message></Error></DeleteResult>";
        } else {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String object(String key) {
        return "<Contents><Key>" + key + "</Key><LastModified>2026-12-06T18:00:00.000Z</LastModified>"
                + "<ETag>\"0cc175b9c0f1b6a831c399e269772661\"</ETag><Size>1</Size><StorageClass>STANDARD</StorageClass>"
                + "</Contents>";
    }

    private CliResult rm(String... args) {
        Environment environment = Environment.of(Map.of(
                "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "AWS_REGION", "us-east-1",
                "AWS_CONFIG_FILE", "/nonexistent/aws-recipes-test/config",
                "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-recipes-test/credentials"));
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
        String[] all = new String[args.length + 3];
        all[0] = "rm";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--endpoint-url";
        all[args.length + 2] = endpoint;
        return CliRun.withEnvironment(environment, all);
    }

    @Test
    void aRefusedKey_isOneLineOnStderr_theOthersAreDeleted_andTheExitIs1() {
        CliResult result = rm("--recursive", "s3://" + BUCKET + "/tmp/");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out().lines())
                .containsExactlyInAnyOrder(
                        "delete: s3://" + BUCKET + "/tmp/a.tmp", "delete: s3://" + BUCKET + "/tmp/c.tmp");
        assertThat(result.errLines())
                .containsExactly(
                        "failed: delete: s3://" + BUCKET + "/tmp/b.tmp: AccessDenied: Access Denied",
                        "rm: 1 object(s) could not be deleted; 2 were");
        assertThat(requests).anyMatch(r -> r.startsWith("POST /" + BUCKET + "?delete"));
    }

    @Test
    void withJson_theRefusedKeyCarriesItsError() {
        CliResult result = rm("--recursive", "--json", "s3://" + BUCKET + "/tmp/");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(3).anySatisfy(l -> assertThat(l)
                .startsWith("{\"action\":\"delete\",\"target\":\"s3://" + BUCKET + "/tmp/b.tmp\"")
                .contains("\"error\":")
                .contains("AccessDenied"));
    }

    @Test
    void aDryRun_listsButSendsNoDeletion() {
        CliResult result = rm("--recursive", "--dry-run", "s3://" + BUCKET + "/tmp/");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).hasSize(3).allMatch(l -> l.startsWith("(dryrun) delete: s3://"));
        assertThat(requests).noneMatch(r -> r.startsWith("POST"));
    }
}
