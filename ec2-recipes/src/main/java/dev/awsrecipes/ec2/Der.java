package dev.awsrecipes.ec2;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** The little DER this module writes itself: wrapping a PKCS#1 RSA key into PKCS#8, and fixed prefixes. */
final class Der {
    /** AlgorithmIdentifier { rsaEncryption, NULL }. */
    private static final byte[] RSA_ALGORITHM = HexFormat.of().parseHex("300d06092a864886f70d0101010500");

    /** SubjectPublicKeyInfo prefix of an Ed25519 key (RFC 8410); the 32 key bytes follow. */
    static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Der() {}

    /** PKCS#8 PrivateKeyInfo (version 0) around a PKCS#1 RSAPrivateKey, as {@code openssl pkcs8 -topk8} writes it. */
    static byte[] pkcs8FromPkcs1(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        return tlv(0x30, concat(version, RSA_ALGORITHM, tlv(0x04, pkcs1)));
    }

    static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
