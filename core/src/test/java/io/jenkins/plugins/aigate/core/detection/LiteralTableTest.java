package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LiteralTableTest {
    private static final List<RequiredLiteral> LITERALS = new ArrayList<>();
    private static final LiteralTable TABLE = new LiteralTable();
    private static final List<int[]> IDS = new ArrayList<>();

    static {
        for (BuiltInRule rule : BuiltInRules.all()) {
            RequiredLiteral literal = RequiredLiteral.of(rule.pattern());
            if (literal != null) {
                LITERALS.add(literal);
                IDS.add(TABLE.register(literal));
            }
        }
        // overlapping literals sharing their first two characters
        for (String regex : List.of("abcabd", "abd", "aab", "ababab", "co-authored-by")) {
            RequiredLiteral literal = RequiredLiteral.of(regex);
            LITERALS.add(literal);
            IDS.add(TABLE.register(literal));
        }
        TABLE.freeze();
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(List.of("a", "b", "ab", "c", "d", " ", "\n", "-", "/", "@", ".", ":",
                "Ünï", "\u00e9b", "a\u0130", "\u212a", "\u0000", "\u00c0b"));
        for (RequiredLiteral literal : LITERALS) {
            for (String text : literal.literals()) {
                pieces.add(text);
                pieces.add(text.toUpperCase(Locale.ROOT));
                pieces.add(text.substring(0, text.length() - 1));
                pieces.add(text.substring(1));
            }
        }
        return Arbitraries.of(pieces).list().ofMaxSize(12).map(list -> String.join("", list));
    }

    /** The one-pass lookup says exactly what one {@code contains} per literal said. */
    @Property(tries = 2000)
    void agreesWithContainsForEveryRule(@ForAll("texts") String text) {
        String lower = RequiredLiteral.asciiLower(text);
        boolean[] present = TABLE.presentIn(text);
        for (int i = 0; i < LITERALS.size(); i++) {
            assertThat(LiteralTable.anyPresent(present, IDS.get(i)))
                    .as(LITERALS.get(i).literals() + " in " + text).isEqualTo(LITERALS.get(i).foundIn(lower));
        }
    }

    @Test
    void findsOverlappingAndTrailingLiterals() {
        boolean[] present = TABLE.presentIn("xxABcabaBabd");
        assertThat(LiteralTable.anyPresent(present, IDS.get(LITERALS.size() - 5))).isFalse(); // abcabd
        assertThat(LiteralTable.anyPresent(present, IDS.get(LITERALS.size() - 4))).isTrue(); // abd, at the end
        assertThat(LiteralTable.anyPresent(present, IDS.get(LITERALS.size() - 2))).isTrue(); // ababab
        assertThat(LiteralTable.anyPresent(TABLE.presentIn(""), IDS.get(LITERALS.size() - 4))).isFalse();
    }

    @Test
    void sharesIdsBetweenRulesAndRefusesLateRegistration() {
        LiteralTable table = new LiteralTable();
        int[] first = table.register(RequiredLiteral.of("(claude|copilot)x"));
        int[] second = table.register(RequiredLiteral.of("copilot"));
        assertThat(table.size()).isEqualTo(2);
        assertThat(second).containsExactly(first[1]);
        table.freeze();
        assertThatThrownBy(() -> table.register(RequiredLiteral.of("cursor")))
                .isInstanceOf(IllegalStateException.class);
    }
}
