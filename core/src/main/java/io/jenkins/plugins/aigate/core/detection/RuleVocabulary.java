package io.jenkins.plugins.aigate.core.detection;

import com.google.re2j.Pattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists built-in rules share ({@code rule-vocabulary.txt} next to this class): AI products and model
 * families, AI words in bot logins, known non-AI automation and non-AI generators. A rule pattern's {@code {name}}
 * stands for section {@code [name]}, so a new AI product is one line of data, not a change to every rule.
 */
public final class RuleVocabulary {
    /** The resource name, relative to this class. */
    public static final String RESOURCE = "rule-vocabulary.txt";
    /** The section administrators extend with {@link DetectionSettings#nonAiBots()}. */
    static final String NON_AI_BOTS = "nonAiBots";

    private static final Map<String, List<String>> SECTIONS = load();

    private RuleVocabulary() {
    }

    /** @return the section names, in file order */
    public static List<String> sections() {
        return List.copyOf(SECTIONS.keySet());
    }

    /**
     * @param section a section name
     * @return its entries (RE2/J fragments), in file order
     * @throws IllegalArgumentException for an unknown section
     */
    public static List<String> entries(String section) {
        List<String> entries = SECTIONS.get(section);
        if (entries == null) {
            throw new IllegalArgumentException("unknown vocabulary section " + section);
        }
        return entries;
    }

    /**
     * Replaces every {@code {section}} in a pattern by the section's entries as one non-capturing alternation.
     *
     * @param regex     a rule pattern
     * @param nonAiBots logins the administrator adds to {@code [nonAiBots]}, matched literally
     * @return the pattern with every known placeholder expanded
     */
    static String expand(String regex, List<String> nonAiBots) {
        if (regex.indexOf('{') < 0) {
            return regex;
        }
        String result = regex;
        for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
            String placeholder = "{" + section.getKey() + "}";
            if (!result.contains(placeholder)) {
                continue;
            }
            List<String> entries = new ArrayList<>(section.getValue());
            if (section.getKey().equals(NON_AI_BOTS)) {
                for (String login : nonAiBots) {
                    entries.add(Pattern.quote(login));
                }
            }
            result = result.replace(placeholder, "(?:" + String.join("|", entries) + ")");
        }
        return result;
    }

    private static Map<String, List<String>> load() {
        return DataResource.read(RESOURCE, RuleVocabulary::parse);
    }

    static Map<String, List<String>> parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = new ArrayList<>();
                if (sections.put(text.substring(1, text.length() - 1), current) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": duplicate section " + text);
                }
            } else if (current == null) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": entry before any [section]");
            } else {
                RulePatterns.compile(text); // fails the load, with its line, rather than every rule using it
                current.add(text);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        sections.forEach((name, entries) -> frozen.put(name, List.copyOf(entries)));
        return Collections.unmodifiableMap(frozen);
    }
}
