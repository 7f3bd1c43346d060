package io.jenkins.plugins.aigate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The linear glob matcher against an obviously correct (exponential) recursive reference, over small alphabets
 * where stars, question marks and {@code **} segments collide often.
 */
class PathGlobPropertyTest {
    @Property(tries = 1000)
    void agreesWithTheReferenceMatcher(@ForAll("globs") String glob, @ForAll("paths") String path) {
        assertThat(PathGlob.compile(glob).matches(path))
                .as("%s ~ %s", glob, path)
                .isEqualTo(reference(glob.split("/", -1), 0, path.split("/", -1), 0));
    }

    @Property(tries = 300)
    void aGlobWithoutWildcardsMatchesOnlyItself(@ForAll("paths") String path, @ForAll("paths") String other) {
        PathGlob literal = PathGlob.compile(path);
        assertThat(literal.matches(path)).isTrue();
        assertThat(literal.matches(other)).isEqualTo(path.equals(other));
    }

    @Provide
    Arbitrary<String> globs() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.just("**"),
                Arbitraries.strings().withChars('a', 'b', '*', '?').ofMinLength(1).ofMaxLength(4)
                        .filter(s -> !s.contains("**")));
        return segment.list().ofMinSize(1).ofMaxSize(5).map(list -> String.join("/", list));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.strings().withChars('a', 'b').ofMinLength(1).ofMaxLength(4)
                .filter(s -> !s.equals(".") && !s.equals(".."));
        return segment.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join("/", list));
    }

    private static boolean reference(String[] glob, int g, String[] path, int p) {
        if (g == glob.length) {
            return p == path.length;
        }
        if (glob[g].equals("**")) {
            for (int skip = p; skip <= path.length; skip++) {
                if (reference(glob, g + 1, path, skip)) {
                    return true;
                }
            }
            return false;
        }
        return p < path.length && segment(glob[g], 0, path[p], 0) && reference(glob, g + 1, path, p + 1);
    }

    private static boolean segment(String glob, int g, String text, int t) {
        if (g == glob.length()) {
            return t == text.length();
        }
        char c = glob.charAt(g);
        if (c == '*') {
            for (int skip = t; skip <= text.length(); skip++) {
                if (segment(glob, g + 1, text, skip)) {
                    return true;
                }
            }
            return false;
        }
        return t < text.length() && (c == '?' || c == text.charAt(t)) && segment(glob, g + 1, text, t + 1);
    }
}
