package io.jenkins.plugins.aigate.core.policy;

import io.jenkins.plugins.aigate.core.encoding.CanonicalJson;
import java.util.Map;
import java.util.TreeMap;

/**
 * A policy's canonical form and fingerprint: JSON with every key of {@link PolicySchema} and its effective value
 * (defaults included), object keys sorted, name lists sorted, rules and custom signals in order. The form is
 * audited: it must stay byte for byte what earlier builds wrote for the same policy.
 */
final class CanonicalPolicy {
    private CanonicalPolicy() {
    }

    static String form(Policy policy) {
        Map<String, Object> root = new TreeMap<>();
        for (PolicyKey<?> key : PolicySchema.keys()) {
            if (key.inCanonicalForm(policy)) {
                root.put(key.name(), key.canonicalValue(policy));
            }
        }
        return CanonicalJson.write(root, CanonicalJson.Escaping.UNICODE);
    }
}
