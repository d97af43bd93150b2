package dev.awsrecipes.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.net.ssl.SSLContext;

/**
 * A workload for {@link StartupTraining}, not an S3 and not a test double: an in-memory stand-in on
 * 127.0.0.1 answering the few calls the trained commands make (PutObject, HeadObject and GetObject with
 * or without a range, ListObjectsV2, the bucket calls), so that everything after the connection is
 * trained too: responses unmarshalled, checksums verified, files written, results printed. It checks
 * nothing (no signature, no checksum, no bucket) and keeps objects in memory; a call it does not know
 * gets a 501, which makes the trained command, and so the training, fail.
 *
 * <p>What it answers is what S3 answers where the client looks: a quoted hex MD5 as the ETag, the
 * request's {@code x-amz-checksum-*} (header or aws-chunked trailer) echoed on PutObject and given back
 * on HeadObject and whole-object GetObject in checksum mode, so an upload is proven by its response and
 * a download is verified as against S3.
 */
final class TrainingS3 implements AutoCloseable {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private record Stored(byte[] body, String eTag, Map<String, String> checksums, Instant modified) {}

    private final HttpServer server;
    /** By "bucket/key", in key order for listings. */
    private final Map<String, Stored> objects = new ConcurrentSkipListMap<>();

    private TrainingS3(HttpServer server) {
        this.server = server;
        server.createContext("/", this::answer);
        server.start();
    }

    /** Listens on an ephemeral port of 127.0.0.1, over HTTPS with {@code tls}'s key, or HTTP when null. */
    static TrainingS3 start(SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            return new TrainingS3(HttpServer.create(address, 0));
        }
        HttpsServer https = HttpsServer.create(address, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new TrainingS3(https);
    }

    /** The endpoint URL to give the commands. */
    URI endpoint() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            int slash = path.indexOf('/', 1);
            String bucket = slash < 0 ? path.substring(1) : path.substring(1, slash);
            String key = slash < 0 ? "" : path.substring(slash + 1);
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            if (!key.isEmpty() && method.equals("PUT")) {
                put(exchange, bucket + "/" + key, body);
            } else if (!key.isEmpty() && (method.equals("GET") || method.equals("HEAD"))) {
                get(exchange, objects.get(bucket + "/" + key));
            } else if (key.isEmpty() && method.equals("GET") && query(exchange).containsKey("list-type")) {
                list(exchange, bucket, query(exchange));
            } else if (key.isEmpty() && (method.equals("PUT") || method.equals("HEAD"))) {
                exchange.getResponseHeaders().set("x-amz-bucket-region", "us-east-1");
                exchange.sendResponseHeaders(200, -1); // CreateBucket, HeadBucket
            } else {
                reply(
                        exchange,
                        501,
                        "<Error><Code>NotImplemented</Code><Message>not in the training</Message></Error>");
            }
        } finally {
            exchange.close();
        }
    }

    private void put(HttpExchange exchange, String name, byte[] body) throws IOException {
        Headers in = exchange.getRequestHeaders();
        Map<String, String> checksums = new TreeMap<>();
        in.forEach((header, values) -> keepChecksum(checksums, header, values.get(0)));
        if ("aws-chunked".equalsIgnoreCase(in.getFirst("Content-Encoding"))) {
            body = AwsChunked.decode(body, (header, value) -> keepChecksum(checksums, header, value));
        }
        String eTag = "\"" + HexFormat.of().formatHex(md5(body)) + "\"";
        objects.put(name, new Stored(body, eTag, checksums, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        Headers out = exchange.getResponseHeaders();
        checksums.forEach(out::set);
        out.set("ETag", eTag);
        exchange.sendResponseHeaders(200, -1);
    }

    private static void keepChecksum(Map<String, String> checksums, String header, String value) {
        String name = header.toLowerCase(Locale.ROOT);
        if (name.startsWith("x-amz-checksum-") && !name.equals("x-amz-checksum-mode")) {
            checksums.put(name, value);
            checksums.putIfAbsent("x-amz-checksum-type", "FULL_OBJECT");
        }
    }

    private void get(HttpExchange exchange, Stored object) throws IOException {
        if (object == null) {
            reply(exchange, 404, "<Error><Code>NoSuchKey</Code><Message>no such key</Message></Error>");
            return;
        }
        Headers in = exchange.getRequestHeaders();
        Headers out = exchange.getResponseHeaders();
        int size = object.body().length;
        int from = 0;
        int to = size - 1;
        int status = 200;
        String range = in.getFirst("Range");
        if (range != null && range.startsWith("bytes=") && size > 0) {
            String[] ends = range.substring("bytes=".length()).split("-", 2);
            from = Math.min(Integer.parseInt(ends[0]), to);
            to = ends[1].isEmpty() ? to : Math.min(Integer.parseInt(ends[1]), to);
            status = 206;
            out.set("Content-Range", "bytes " + from + "-" + to + "/" + size);
        } else if ("ENABLED".equalsIgnoreCase(in.getFirst("x-amz-checksum-mode"))) {
            object.checksums().forEach(out::set);
        }
        out.set("ETag", object.eTag());
        out.set("Last-Modified", HTTP_DATE.format(object.modified()));
        out.set("Accept-Ranges", "bytes");
        out.set("Content-Type", "application/octet-stream");
        int length = to - from + 1;
        if (exchange.getRequestMethod().equals("HEAD")) {
            out.set("Content-Length", Integer.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(object.body(), from, length);
        }
    }

    /** ListObjectsV2 in one page, with prefix and delimiter (the keys are plain: no URL encoding is asked for). */
    private void list(HttpExchange exchange, String bucket, Map<String, String> query) throws IOException {
        String prefix = query.getOrDefault("prefix", "");
        String delimiter = query.getOrDefault("delimiter", "");
        StringBuilder contents = new StringBuilder();
        TreeSet<String> folders = new TreeSet<>();
        int count = 0;
        for (Map.Entry<String, Stored> entry : objects.entrySet()) {
            String key = entry.getKey().substring(entry.getKey().indexOf('/') + 1);
            if (!entry.getKey().startsWith(bucket + "/") || !key.startsWith(prefix)) {
                continue;
            }
            int cut = delimiter.isEmpty() ? -1 : key.indexOf(delimiter, prefix.length());
            if (cut >= 0) {
                folders.add(key.substring(0, cut + delimiter.length()));
                continue;
            }
            Stored object = entry.getValue();
            contents.append("<Contents><Key>")
                    .append(key)
                    .append("</Key><LastModified>")
                    .append(object.modified())
                    .append("</LastModified><ETag>")
                    .append(object.eTag().replace("\"", "&quot;"))
                    .append("</ETag><Size>")
                    .append(object.body().length)
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
            count++;
        }
        for (String folder : folders) {
            contents.append("<CommonPrefixes><Prefix>").append(folder).append("</Prefix></CommonPrefixes>");
        }
        reply(
                exchange,
                200,
                "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + bucket
                        + "</Name><Prefix>" + prefix + "</Prefix><KeyCount>"
                        + (count + folders.size()) + "</KeyCount><MaxKeys>1000</MaxKeys>"
                        + (delimiter.isEmpty() ? "" : "<Delimiter>" + delimiter + "</Delimiter>")
                        + "<IsTruncated>false</IsTruncated>"
                        + contents
                        + "</ListBucketResult>");
    }

    private static void reply(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? List.<String>of() : List.of(raw.split("&"))) {
            String[] nameValue = pair.split("=", 2);
            query.put(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static byte[] md5(byte[] body) {
        try {
            return MessageDigest.getInstance("MD5").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
