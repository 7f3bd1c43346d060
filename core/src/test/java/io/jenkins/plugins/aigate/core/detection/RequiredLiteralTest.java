package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {
    private static List<String> literals(String regex) {
        RequiredLiteral literal = RequiredLiteral.of(regex);
        return literal == null ? null : literal.literals();
    }

    @Test
    void extractsWhatEveryMatchContains() {
        assertThat(literals("^noreply@anthropic\\.com$")).containsExactly("noreply@anthropic.com");
        assertThat(literals("Generated with \\[?Claude Code\\]?(\\(https://x\\))?")).containsExactly("generated with ");
        assertThat(literals("(?m)^\\*?\\s*Apply suggestions? from @(Copilot\\b|x\\[bot\\])"))
                .containsExactly("apply suggestion");
        assertThat(literals("^(claude|copilot|gpt-?\\d+)( x)*$")).containsExactly("claude", "copilot", "gpt");
        assertThat(literals("(^|/)(CLAUDE\\.md|\\.cursor/.+)$")).containsExactly("claude.md", ".cursor/");
        assertThat(literals("(?-i)^Q-(DEV|TRANSFORM)-issue-\\d+$")).containsExactly("-issue-");
        assertThat(literals("(?i:Made with) \\[Cursor\\]")).containsExactly("made with");
        // a hexadecimal escape is one character of any code, never its digits
        assertThat(literals("^\\x{1F916} generated")).containsExactly(" generated");
        assertThat(literals("\\x41bcd")).containsExactly("bcd");
    }

    @Test
    void givesUpWhenUnsure() {
        assertThat(literals("\\S")).isNull();
        assertThat(literals("ab")).isNull();
        assertThat(literals("abc|d")).isNull();
        assertThat(literals("(abc)?def?")).isNull();
        assertThat(literals("(abc)*x")).isNull();
        assertThat(literals("\\Q(abc)\\E")).isNull();
        assertThat(literals("[abc]+\\p{L}\\d")).isNull();
        assertThat(literals("(unbalanced")).isNull();
        assertThat(literals("\\x{1F916}\\x41")).isNull();
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(List.of("a", " ", "\n", "-", "/", "@", "[", "]", "(", ")", ".", ":",
                "1", "2025", "bot", "Ünï"));
        for (BuiltInRule rule : BuiltInRules.all()) {
            RequiredLiteral literal = RequiredLiteral.of(expanded(rule));
            if (literal != null) {
                literal.literals().forEach(l -> {
                    pieces.add(l);
                    pieces.add(l.toUpperCase(java.util.Locale.ROOT));
                });
            }
        }
        pieces.addAll(List.of("noreply", "anthropic.com", "Claude", "copilot/", "Generated with ", "users.noreply",
                "github.com", "198982749+Copilot@", "cursor/abc-1a2b", "claude/issue-1-20250101-1200",
                "\uD83E\uDD16 ", "- [x] ", "Claude Code", "GPT-5", "an AI", " with ", " by ", "[bot]", "(gpt-5)"));
        return Arbitraries.of(pieces).list().ofMaxSize(10).map(list -> String.join("", list));
    }

    /** Soundness: whenever a built-in pattern matches, the prefilter lets the text through. */
    @Property(tries = 1000)
    void prefilterNeverHidesAMatch(@ForAll("texts") String text) {
        String lower = RequiredLiteral.asciiLower(text);
        for (int i = 0; i < RULES.size(); i++) {
            if (PATTERNS.get(i).matcher(text).find()) {
                assertThat(LITERALS.get(i).foundIn(lower)).as(RULES.get(i).id() + " on " + text).isTrue();
            }
        }
    }

    private static String expanded(BuiltInRule rule) {
        return RuleVocabulary.expand(rule.pattern(), List.of("acme-release"));
    }

    private static final List<BuiltInRule> RULES = new ArrayList<>();
    private static final List<Pattern> PATTERNS = new ArrayList<>();
    private static final List<RequiredLiteral> LITERALS = new ArrayList<>();

    static {
        for (BuiltInRule rule : BuiltInRules.all()) {
            RequiredLiteral literal = RequiredLiteral.of(expanded(rule));
            if (literal != null) {
                RULES.add(rule);
                PATTERNS.add(RulePatterns.compile(expanded(rule)));
                LITERALS.add(literal);
            }
        }
    }
}
