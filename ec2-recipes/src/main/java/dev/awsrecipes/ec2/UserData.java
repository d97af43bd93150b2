package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * User data for an instance (E12): a plain script, or a cloud-init MIME multipart package of parts
 * (part handlers, cloud-config, shell scripts, any {@code text/*} type), optionally gzipped. EC2 takes
 * at most {@value #MAX_BYTES} bytes before base64; more is refused here with the size, before any call.
 *
 * <pre>{@code
 * UserData data = UserData.multipart(m -> m
 *         .cloudConfig("packages: [nginx]\n")
 *         .shellScript("#!/bin/sh\nsystemctl start nginx\n")
 *         .gzip(true));
 * ec2Client.runInstances(r -> r.userData(data.base64()) ...);
 * }</pre>
 */
public final class UserData {
    /** EC2's limit on user data, in bytes, before base64 encoding. */
    public static final int MAX_BYTES = 16 * 1024;

    /** cloud-init's types: text/x-shellscript, text/cloud-config, text/part-handler, custom text/x-*... */
    private static final Pattern TEXT_TYPE = Pattern.compile("text/[a-z0-9][a-z0-9.+-]*");

    private final byte[] bytes;
    private final boolean gzipped;
    private final String description;

    private UserData(byte[] bytes, boolean gzipped, String description) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidArgumentException(
                    "userData",
                    "userData is " + bytes.length + " bytes after encoding (" + description + "); EC2 accepts at most "
                            + MAX_BYTES + " bytes (16 KB) before base64");
        }
        this.bytes = bytes;
        this.gzipped = gzipped;
        this.description = description;
    }

    /** A plain script (or any text), sent as it is. */
    public static UserData script(String script) {
        Check.notBlank(script, "script");
        return new UserData(script.getBytes(StandardCharsets.UTF_8), false, "plain text");
    }

    /** User data given as raw bytes, e.g. a package built elsewhere. */
    public static UserData ofBytes(byte[] bytes, boolean gzipped) {
        Check.notNull(bytes, "bytes");
        Check.that(bytes.length > 0, "bytes", "must not be empty");
        return new UserData(bytes.clone(), gzipped, gzipped ? "gzip" : "raw");
    }

    /** A cloud-init MIME multipart package built from the parts the builder is given. */
    public static UserData multipart(Consumer<Multipart> parts) {
        Multipart multipart = new Multipart();
        parts.accept(multipart);
        return multipart.build();
    }

    /** The bytes EC2 stores, before base64. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes before base64; at most {@link #MAX_BYTES}. */
    public int size() {
        return bytes.length;
    }

    /** Whether the bytes are gzip-compressed (cloud-init unpacks them). */
    public boolean gzipped() {
        return gzipped;
    }

    /** What the bytes are, e.g. "MIME multipart, 3 parts, gzip". */
    public String description() {
        return description;
    }

    /** The base64 text {@code RunInstances} takes as {@code UserData}. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "UserData[" + description + ", " + bytes.length + " bytes]";
    }

    /** The parts of a cloud-init MIME multipart package, in the order cloud-init runs them. */
    public static final class Multipart {
        private record Part(String contentType, String content, String filename) {}

        private final List<Part> parts = new ArrayList<>();
        private boolean gzip;

        private Multipart() {}

        /** A Python part handler ({@code text/part-handler}) for custom types. */
        public Multipart partHandler(String python) {
            return part("text/part-handler", python);
        }

        /** A cloud-config document ({@code text/cloud-config}). */
        public Multipart cloudConfig(String yaml) {
            return part("text/cloud-config", yaml);
        }

        /** A shell script run once at first boot ({@code text/x-shellscript}). */
        public Multipart shellScript(String script) {
            return part("text/x-shellscript", script);
        }

        /** A part of any text type, e.g. {@code text/x-include-url} or a custom {@code text/x-my-type}. */
        public Multipart part(String contentType, String content) {
            return part(contentType, content, "part-" + String.format("%03d", parts.size() + 1));
        }

        /** A part with the file name cloud-init gives it on disk. */
        public Multipart part(String contentType, String content, String filename) {
            Check.notBlank(contentType, "contentType");
            Check.that(
                    TEXT_TYPE.matcher(contentType).matches(),
                    "contentType",
                    "\"" + contentType + "\" is not a text type like text/x-shellscript or text/cloud-config");
            Check.notNull(content, "content");
            Check.notBlank(filename, "filename");
            parts.add(new Part(contentType, content, filename));
            return this;
        }

        /** Whether to gzip the package (cloud-init detects and unpacks it), to fit more under 16 KB. */
        public Multipart gzip(boolean gzip) {
            this.gzip = gzip;
            return this;
        }

        UserData build() {
            Check.that(!parts.isEmpty(), "parts", "needs at least one part");
            byte[] mime = mime();
            String description = "MIME multipart, " + parts.size() + " part(s)" + (gzip ? ", gzip" : "");
            return new UserData(gzip ? gzip(mime) : mime, gzip, description);
        }

        private byte[] mime() {
            try {
                MimeMultipart multipart = new MimeMultipart("mixed");
                for (Part part : parts) {
                    MimeBodyPart body = new MimeBodyPart();
                    body.setText(part.content(), "utf-8", part.contentType().substring("text/".length()));
                    // Never quoted-printable: it turns line ends into CRLF, and "#!/bin/sh\r" does not run.
                    body.setHeader("Content-Transfer-Encoding", transferEncoding(part.content()));
                    body.setFileName(part.filename());
                    body.setDisposition(MimeBodyPart.ATTACHMENT);
                    multipart.addBodyPart(body);
                }
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
                message.setContent(multipart);
                message.saveChanges();
                // Message-ID and Date mean nothing to cloud-init; they would only take bytes of the 16 KB.
                message.removeHeader("Message-ID");
                message.removeHeader("Date");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                message.writeTo(out);
                return out.toByteArray();
            } catch (MessagingException e) {
                throw new IllegalStateException("cannot build the MIME multipart user data", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** 7bit (bytes as they are) for short-lined ASCII, as cloud-init's own tool does; base64 otherwise. */
        static String transferEncoding(String content) {
            boolean ascii = content.chars().allMatch(c -> c < 128 && (c >= 32 || c == '\n' || c == '\t'));
            boolean shortLines = content.lines().allMatch(line -> line.length() <= 998);
            return ascii && shortLines ? "7bit" : "base64";
        }

        private static byte[] gzip(byte[] data) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
