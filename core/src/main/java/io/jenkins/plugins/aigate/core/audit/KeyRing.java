package io.jenkins.plugins.aigate.core.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * <p>The key file format (for {@link #load} and {@link #parse}): one key per line as {@code id=BASE64}, at least
 * {@value #MIN_KEY_BYTES} bytes each; blank lines and lines starting with {@code #} are ignored; the last key listed is
 * the current one. Key ids are 1 to 64 characters of letters, digits, {@code . _ -}.
 */
public final class KeyRing {
    /** Shortest key accepted (128 bits). */
    public static final int MIN_KEY_BYTES = 16;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

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
            throw new IllegalArgumentException("bad key id \"" + id + "\": use 1 to 64 of A-Z a-z 0-9 . _ -");
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
        String[] lines = text.split("\r?\n", -1);
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
                throw new IllegalArgumentException("line " + (i + 1) + ": key id \"" + id + "\" appears twice");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(line.substring(eq + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": the key is not valid base64", e);
            }
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("line " + (i + 1) + ": key \"" + id + "\" is " + key.length
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
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not a valid key file
     */
    public static KeyRing load(Path file) throws IOException {
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
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
