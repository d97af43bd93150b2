package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class UserDataTest {

    /** One part as a MIME parser reads it back. */
    record ParsedPart(String contentType, String filename, String content) {}

    /** Parses user data the way cloud-init does: gunzip if needed, then MIME. */
    static List<ParsedPart> parts(byte[] data, boolean gzipped) throws Exception {
        InputStream in = new ByteArrayInputStream(data);
        if (gzipped) {
            in = new GZIPInputStream(in);
        }
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
        assertThat(new ContentType(message.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        List<ParsedPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            ContentType type = new ContentType(part.getContentType());
            String charset = type.getParameter("charset") == null ? "utf-8" : type.getParameter("charset");
            // getInputStream undoes the transfer encoding; text/part-handler etc. have no content handler.
            String content = new String(part.getInputStream().readAllBytes(), charset);
            parts.add(new ParsedPart(type.getBaseType(), part.getFileName(), content));
        }
        return parts;
    }

    @Test
    void script_isSentAsItIs() {
        UserData data = UserData.script("#!/bin/sh\necho hi\n");

        assertThat(new String(data.bytes(), StandardCharsets.UTF_8)).isEqualTo("#!/bin/sh\necho hi\n");
        assertThat(data.base64()).isEqualTo(Base64.getEncoder().encodeToString("#!/bin/sh\necho hi\n".getBytes()));
        assertThat(data.gzipped()).isFalse();
    }

    @Test
    void multipart_everyKindOfPart_parsesBackInOrderWithTypesAndContent() throws Exception {
        UserData data = UserData.multipart(m -> m.partHandler("#part-handler\ndef list_types():\n    return []\n")
                .cloudConfig("#cloud-config\npackages: [nginx]\n")
                .shellScript("#!/bin/sh\necho ünïcode\n")
                .part("text/x-my-custom", "custom payload\n", "custom.txt"));

        List<ParsedPart> parts = parts(data.bytes(), false);

        assertThat(parts)
                .extracting(ParsedPart::contentType)
                .containsExactly("text/part-handler", "text/cloud-config", "text/x-shellscript", "text/x-my-custom");
        assertThat(parts.get(1).content()).isEqualTo("#cloud-config\npackages: [nginx]\n");
        assertThat(parts.get(2).content()).isEqualTo("#!/bin/sh\necho ünïcode\n");
        assertThat(parts.get(3).filename()).isEqualTo("custom.txt");
        assertThat(parts.get(0).filename()).isEqualTo("part-001");
        assertThat(new String(data.bytes(), StandardCharsets.US_ASCII)).contains("MIME-Version: 1.0");
        assertThat(data.description()).isEqualTo("MIME multipart, 4 part(s)");
    }

    @Test
    void multipart_lineEnds_staySingleLineFeeds() {
        UserData data = UserData.multipart(m -> m.shellScript("#!/bin/sh\necho plain\n"));

        String text = new String(data.bytes(), StandardCharsets.US_ASCII);
        assertThat(text).contains("#!/bin/sh\necho plain\n").contains("Content-Transfer-Encoding: 7bit");
    }

    @Test
    void multipart_gzipped_isSmallerAndParsesBackAfterGunzip() throws Exception {
        String big = "echo the same line again and again\n".repeat(200);
        UserData plain = UserData.multipart(m -> m.shellScript(big));
        UserData zipped = UserData.multipart(m -> m.shellScript(big).gzip(true));

        assertThat(zipped.gzipped()).isTrue();
        assertThat(zipped.size()).isLessThan(plain.size());
        assertThat(zipped.bytes()[0] & 0xff).isEqualTo(0x1f);
        assertThat(parts(zipped.bytes(), true))
                .singleElement()
                .extracting(ParsedPart::content)
                .isEqualTo(big);
    }

    @Test
    void multipart_over16KiBAfterEncoding_isRefusedNamingTheSize() {
        String random = randomText(20_000);

        assertThatThrownBy(() -> UserData.multipart(m -> m.shellScript(random)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("userData is ")
                .hasMessageMatching("(?s).*userData is \\d{5} bytes after encoding.*")
                .hasMessageContaining("16384");
    }

    @Test
    void script_over16KiB_isRefusedNamingTheSize() {
        assertThatThrownBy(() -> UserData.script("x".repeat(16_385)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("16385 bytes");
    }

    @Test
    void multipart_compressibleOver16KiB_fitsWhenGzipped() {
        String big = "a".repeat(40_000);

        assertThat(UserData.multipart(m -> m.shellScript(big).gzip(true)).size())
                .isLessThan(UserData.MAX_BYTES);
    }

    @Test
    void multipart_nonTextTypeOrNoPart_isRefused() {
        assertThatThrownBy(() -> UserData.multipart(m -> m.part("application/octet-stream", "x")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("contentType");
        assertThatThrownBy(() -> UserData.multipart(m -> m.gzip(true)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("parts");
    }

    private static String randomText(int length) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
