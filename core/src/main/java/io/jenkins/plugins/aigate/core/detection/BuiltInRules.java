package io.jenkins.plugins.aigate.core.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The built-in rule catalogue. The rules are data, one row each in {@code builtin-rules.tsv} next to this class
 * (columns: id, tool, confidence, field, pattern, and-field, and-pattern, unless-pattern, source), so supporting a
 * new tool is one row.
 */
public final class BuiltInRules {
    /** The table's resource name, relative to this class. */
    public static final String RESOURCE = "builtin-rules.tsv";

    private static final List<BuiltInRule> RULES = load();

    private BuiltInRules() {
    }

    /** @return every built-in rule in table order */
    public static List<BuiltInRule> all() {
        return RULES;
    }

    /**
     * @param id a rule id, compared ignoring case; {@link Detector#EVASION_RULE_ID} counts as built in
     * @return whether a built-in rule has that id
     */
    public static boolean contains(String id) {
        if (id == null) {
            return false;
        }
        if (Detector.EVASION_RULE_ID.equalsIgnoreCase(id.strip())) {
            return true;
        }
        for (BuiltInRule rule : RULES) {
            if (rule.id().equalsIgnoreCase(id.strip())) {
                return true;
            }
        }
        return false;
    }

    private static List<BuiltInRule> load() {
        return DataResource.read(RESOURCE, BuiltInRules::parse);
    }

    static List<BuiltInRule> parse(BufferedReader reader) throws IOException {
        List<BuiltInRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 9) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 9 tab-separated cells, got "
                        + cells.length);
            }
            try {
                BuiltInRule rule = new BuiltInRule(cells[0], cells[1], Confidence.valueOf(cells[2]), cells[3],
                        cells[4], cells[5], cells[6], cells[7], cells[8]);
                if (!ids.add(rule.id().toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException("duplicate id " + rule.id());
                }
                rules.add(rule);
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableList(rules);
    }
}
