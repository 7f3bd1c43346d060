package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret keys audit records are MACed with, by key id. New records use the current key; older records keep
 * the id of the key that signed them, so a ring holding old and new keys verifies a log across a key rotation.
 *
 * <p>The key ring format (for {@link #parse}): one key per line as {@code id=BASE64}, at least
 * {@value #MIN_KEY_BYTES} bytes each; blank lines and lines starting with {@code #} are ignored; the last key listed is
 * the current one. Key ids are 1 to 64 characters of letters, digits, {@code . _ -}. A key file ({@link #load},
 * {@link #parseKeyFile}) may instead hold one bare base64 key, as {@code openssl rand -base64 32} prints it; its id is
 * derived from a fingerprint of the key ({@link #fingerprintId}). A leading byte order mark is ignored.
 *
 * <p>No message of this class quotes a line of the file: a line that fails to parse may be key material.
 */
public final class KeyRing {
    /** Shortest key accepted (128 bits). */
    public static final int MIN_KEY_BYTES = 16;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern BARE_BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    /** Largest key file read: a key ring is a few lines; anything bigger is the wrong file. */
    private static final int MAX_KEY_FILE_BYTES = 64 * 1024;

    private final Map<String, byte[]> keys;
    private final String currentKeyId;
    /** Initialised MACs to clone: looking a provider up and initialising per record costs more than the MAC. */
    private final Map<String, Mac> prototypes = new java.util.concurrent.ConcurrentHashMap<>();

    private KeyRing(String currentKeyId, Map<String, byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the key ring is empty");
        }
        LinkedHashMap<String, byte[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : keys.entrySet()) {
            checkId(e.getKey());
            byte[] k = Objects.requireNonNull(e.getValue(), "key " + e.getKey());
            if (k.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("key \"" + e.getKey() + "\" is " + k.length
                        + " bytes; at least " + MIN_KEY_BYTES + " are required");
            }
            copy.put(e.getKey(), k.clone());
        }
        if (!copy.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key \"" + currentKeyId + "\" is not in the ring");
        }
        this.keys = copy;
        this.currentKeyId = currentKeyId;
    }

    private static void checkId(String id) {
        if (id == null || !KEY_ID.matcher(id).matches()) {
            // the id is not quoted: a mangled line may be key material
            throw new IllegalArgumentException("bad key id: use 1 to 64 of A-Z a-z 0-9 . _ -");
        }
    }

    /**
     * @param currentKeyId the id new records are signed with
     * @param keys         every key by id, the current one included
     * @throws IllegalArgumentException for an empty ring, a bad id, a short key, or a current id not in the ring
     */
    public static KeyRing of(String currentKeyId, Map<String, byte[]> keys) {
        return new KeyRing(currentKeyId, keys);
    }

    /** @return a ring with one key, which is current */
    public static KeyRing single(String keyId, byte[] key) {
        return new KeyRing(keyId, Map.of(keyId, key));
    }

    /**
     * @param text key file contents
     * @return the ring
     * @throws IllegalArgumentException naming the line when the text is not a valid key file
     */
    public static KeyRing parse(String text) {
        LinkedHashMap<String, byte[]> keys = new LinkedHashMap<>();
        String current = null;
        String[] lines = withoutByteOrderMark(text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected id=BASE64");
            }
            String id = line.substring(0, eq).trim();
            try {
                checkId(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a key id appears twice");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(line.substring(eq + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": the key is not valid base64", e);
            }
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("line " + (i + 1) + ": the key is " + key.length
                        + " bytes; at least " + MIN_KEY_BYTES + " are required");
            }
            keys.put(id, key);
            current = id;
        }
        if (current == null) {
            throw new IllegalArgumentException("no key found");
        }
        return new KeyRing(current, keys);
    }

    /**
     * Reads a key file: {@code id=BASE64} lines as {@link #parse} takes them, or one bare base64 key.
     *
     * @throws IOException              when the file cannot be read; the message says why (no such file, permission
     *                                  denied, a directory, too large) without repeating the path
     * @throws IllegalArgumentException when it is not a valid key file; the message never quotes its content
     */
    public static KeyRing load(Path file) throws IOException {
        return parseKeyFile(new String(readKeyFile(file), StandardCharsets.UTF_8));
    }

    private static byte[] readKeyFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_KEY_FILE_BYTES + 1);
            if (bytes.length > MAX_KEY_FILE_BYTES) {
                throw new IOException("it is larger than " + MAX_KEY_FILE_BYTES / 1024 + " KiB: not a key file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new IOException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException(e.getReason() == null ? "cannot be opened" : e.getReason(), e);
        }
    }

    /**
     * @param text a key file's contents: {@code id=BASE64} lines, or one bare base64 key (its id is
     *             {@link #fingerprintId} of the key)
     * @return the ring
     * @throws IllegalArgumentException naming the line (never quoting it) when the text is not a valid key file
     */
    public static KeyRing parseKeyFile(String text) {
        String plain = withoutByteOrderMark(text);
        String bare = null;
        int keyLines = 0;
        for (String line : plain.split("\r?\n", -1)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            keyLines++;
            if (BARE_BASE64.matcher(trimmed).matches()) {
                bare = trimmed;
            }
        }
        if (bare == null) {
            return parse(plain);
        }
        if (keyLines > 1) {
            throw new IllegalArgumentException("a bare base64 key must be alone in its file; for several keys write "
                    + "one id=BASE64 line each");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(bare);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key is not valid base64");
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the key is " + key.length + " bytes; at least " + MIN_KEY_BYTES
                    + " are required (make one with: openssl rand -base64 32)");
        }
        return single(fingerprintId(key), key);
    }

    /**
     * @return the id a bare key gets: {@code sha256-} and the first 16 hexadecimal digits of the SHA-256 of a fixed
     *     label and the key, so the id names the key without revealing it
     */
    public static String fingerprintId(byte[] key) {
        return "sha256-" + Hex.sha256("aigate audit key id\0".getBytes(StandardCharsets.US_ASCII), key).substring(0, 16);
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** @return the id new records are signed with */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** @return every key id in the ring */
    public Set<String> keyIds() {
        return Collections.unmodifiableSet(keys.keySet());
    }

    public boolean contains(String keyId) {
        return keys.containsKey(keyId);
    }

    /**
     * @return the lowercase hexadecimal HMAC-SHA256 of {@code data} under the key with this id
     * @throws IllegalArgumentException when the ring has no such key
     */
    String macHex(String keyId, byte[] data) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("unknown key id " + keyId);
        }
        try {
            Mac prototype = prototypes.get(keyId);
            if (prototype == null) {
                prototype = Mac.getInstance("HmacSHA256");
                prototype.init(new SecretKeySpec(key, "HmacSHA256"));
                prototypes.put(keyId, prototype);
            }
            Mac mac;
            try {
                mac = (Mac) prototype.clone();
            } catch (CloneNotSupportedException e) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
            }
            return Hex.of(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "KeyRing" + keys.keySet() + " current=" + currentKeyId;
    }
}
