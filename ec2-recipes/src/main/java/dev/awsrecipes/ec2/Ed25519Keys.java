package dev.awsrecipes.ec2;

import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;

/** Derives an Ed25519 public key from its 32-byte private seed with the JDK alone. */
final class Ed25519Keys {
    /**
     * The JDK's own provider, named: the seed trick below depends on how it draws random bytes, and an
     * application that registers another provider first (Bouncy Castle, say) must not change that.
     */
    static final String PROVIDER = "SunEC";

    private Ed25519Keys() {}

    /**
     * The JDK has no "public key of this private key" call for EdDSA, but its key-pair generator reads
     * exactly the 32-byte seed from the random source and derives the public point from it. Feeding it
     * the seed gives the public key; a signature made with the real private key and checked with the
     * derived public key proves the result, so a JDK that generated keys differently would fail loudly.
     */
    static PublicKey publicKeyOf(EdECPrivateKey privateKey) {
        byte[] seed = privateKey.getBytes().orElse(new byte[0]);
        if (seed.length != 32) {
            throw new InvalidArgumentException(
                    "privateKey", "privateKey is an Ed25519 seed of " + seed.length + " bytes; it must have 32");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519", PROVIDER);
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] probe = "aws-recipes ed25519 derivation check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("Ed25519", PROVIDER);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519", PROVIDER);
            verifier.initVerify(pair.getPublic());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("derived Ed25519 public key does not verify");
            }
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot derive an Ed25519 public key", e);
        }
    }

    /** A "random" source that returns the seed; used for one key-pair generation only. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("expected a request for " + seed.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
