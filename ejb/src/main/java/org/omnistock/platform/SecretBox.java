package org.omnistock.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps secrets the platform must use again (webhook signing secrets, marketplace credentials) encrypted in the
 * database: AES-256-GCM under one key, so a copy of the database, a backup or a log of its rows does not give them
 * away. The key is {@code omnistock.secrets.key} (base64 of 32 bytes; production sets it, like the keystore's
 * password), or else the file {@code omnistock.secrets.keyfile}, written with a new random key on the first start.
 * Servers that share a database share the key (docs/security.md).
 */
@ApplicationScoped
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "omnistock.secrets.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "omnistock.secrets.keyfile", defaultValue = "omnistock-secrets.key")
    String keyFile;

    private SecretKeySpec key;

    @PostConstruct
    void loadKey() {
        byte[] bytes = configuredKey.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k.trim()))
                .orElseGet(this::keyFromFile);
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("omnistock.secrets.key must be " + KEY_BYTES + " bytes in base64, not "
                    + bytes.length);
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    public String open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("not a sealed secret");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not open with this server's key: is "
                    + "omnistock.secrets.key (or its key file) the one the other servers use?", e);
        }
    }

    /** A new random secret of {@code bytes} bytes, URL-safe base64 with the given prefix. */
    public String newSecret(String prefix, int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private byte[] keyFromFile() {
        Path path = Path.of(keyFile);
        try {
            if (Files.exists(path)) {
                return Base64.getDecoder().decode(Files.readString(path).trim());
            }
            byte[] fresh = new byte[KEY_BYTES];
            random.nextBytes(fresh);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.fine("the file system has no POSIX permissions");
            }
            LOG.warning(() -> "A new key for stored secrets was written to " + path.toAbsolutePath()
                    + ": keep it with the database's backups, and give every server the same "
                    + "(omnistock.secrets.key or this file)");
            return fresh;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the secrets key file " + path.toAbsolutePath(), e);
        }
    }
}
