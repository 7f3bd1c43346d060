package io.jenkins.plugins.aigate.cli.policyfile;

import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicySchema;
import io.jenkins.plugins.aigate.core.policy.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads and writes policies as YAML, in the same keys and value spellings as the Jenkins plugin's Configuration as
 * Code ({@code docs/policy.md}). A file is either a bare mapping of policy keys or a whole Configuration-as-Code
 * file, from which {@code unclassified: aiGate:} is taken. Unknown keys are errors; keys only Jenkins uses are
 * accepted and reported as ignored; {@code ${...}} is not interpolated, and a note says so.
 */
public final class PolicyYaml {
    /** The largest policy file read, in bytes. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    private PolicyYaml() {
    }

    /**
     * @param file a policy file
     * @return its policy
     * @throws PolicyFileException naming file, line and key of every problem
     */
    public static Policy load(Path file) throws PolicyFileException {
        return read(file).policy();
    }

    /**
     * @param file a policy file
     * @return its policy with the notes about it (ignored keys, values not interpolated)
     * @throws PolicyFileException naming file, line and key of every problem
     */
    public static PolicyDocument read(Path file) throws PolicyFileException {
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw unreadable(source, "no such file");
        } catch (IOException e) {
            throw unreadable(source, "cannot be read: " + e.getMessage());
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw unreadable(source, "larger than " + MAX_FILE_BYTES + " bytes; not a policy file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable(source, "not UTF-8 text");
        }
        return parse(text, source);
    }

    /**
     * @param text   the YAML text
     * @param source how to name it in problems (usually the file name)
     * @return the policy with its notes
     * @throws PolicyFileException naming line and key of every problem
     */
    public static PolicyDocument parse(String text, String source) throws PolicyFileException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new PolicyYamlReader(source).read(body);
    }

    /**
     * @param policy a policy
     * @return the policy as a bare YAML mapping with every key, defaults included, that reads back to the same
     *     policy (the same fingerprint)
     */
    public static String dump(Policy policy) {
        return yaml().dump(tree(policy));
    }

    /**
     * @param policy a policy
     * @return the policy as a Configuration-as-Code file ({@code unclassified: aiGate:}), {@code ${} escaped as
     *     {@code ^${} so that Configuration as Code reads every value literally
     */
    public static String dumpJcasc(Policy policy) {
        Map<String, Object> aiGate = new LinkedHashMap<>();
        aiGate.put("aiGate", escapeInterpolation(tree(policy)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("unclassified", aiGate);
        return yaml().dump(root);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options);
    }

    /**
     * Configuration as Code replaces {@code ${...}} in every value, so a literal one is written {@code ^${...}}, which
     * it (and this reader) reads back as {@code ${...}}.
     *
     * @return the tree with every text value escaped
     */
    @SuppressWarnings("unchecked")
    static <T> T escapeInterpolation(T value) {
        if (value instanceof String) {
            return (T) ((String) value).replace("${", "^${");
        }
        if (value instanceof Map) {
            Map<String, Object> escaped = new LinkedHashMap<>();
            ((Map<String, Object>) value).forEach((key, item) -> escaped.put(key, escapeInterpolation(item)));
            return (T) escaped;
        }
        if (value instanceof List) {
            List<Object> escaped = new ArrayList<>();
            ((List<Object>) value).forEach(item -> escaped.add(escapeInterpolation(item)));
            return (T) escaped;
        }
        return value;
    }

    /** @return the policy as plain maps and lists in documented key order */
    static Map<String, Object> tree(Policy policy) {
        return PolicySchema.plainTree(policy);
    }

    private static PolicyFileException unreadable(String source, String message) {
        return new PolicyFileException(List.of(PolicyFileProblem.ofFile(source, ProblemKind.UNREADABLE, message)));
    }
}
