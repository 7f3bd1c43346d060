package io.jenkins.plugins.aigate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathGlobTest {
    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({
            "Jenkinsfile, Jenkinsfile, true",
            "Jenkinsfile, sub/Jenkinsfile, false",
            "Jenkinsfile, Jenkinsfile.bak, false",
            "**/Jenkinsfile, Jenkinsfile, true",
            "**/Jenkinsfile, a/b/c/Jenkinsfile, true",
            ".jenkins/**, .jenkins/deploy.groovy, true",
            ".jenkins/**, .jenkins/lib/x/y.groovy, true",
            ".jenkins/**, .jenkinsfile, false",
            ".jenkins/**, src/.jenkins/x, false",
            "docs/*.md, docs/intro.md, true",
            "docs/*.md, docs/sub/intro.md, false",
            "docs/*.md, docs/.md, true",
            "*.md, README.md, true",
            "*.md, docs/README.md, false",
            "src/**/test/*.java, src/test/A.java, true",
            "src/**/test/*.java, src/a/b/test/A.java, true",
            "src/**/test/*.java, src/a/b/test/x/A.java, false",
            "a?c, abc, true",
            "a?c, a/c, false",
            "a?c, ac, false",
            "**, anything/at/all, true",
            "**/*.tf, infra/prod/main.tf, true",
            "**/*.tf, main.tf, true",
            "**/*.tf, main.tfvars, false",
            "a/**/b/**/c, a/b/c, true",
            "a/**/b/**/c, a/x/b/y/z/c, true",
            "a/**/b/**/c, a/x/y/z/c, false",
            "*a*b*, xaybz, true",
            "*a*b*, xbya, false",
            "[abc], [abc], true",
            "[abc], a, false",
            "(x|y)+, (x|y)+, true",
            "(x|y)+, x, false",
            "a.b, axb, false",
            "$HOME, $HOME, true"
    })
    void matchesLikeADocumentedGlob(String glob, String path, boolean expected) {
        assertThat(PathGlob.compile(glob).matches(path)).isEqualTo(expected);
    }

    @Test
    void isCaseSensitiveLikeGit() {
        assertThat(PathGlob.compile("Jenkinsfile").matches("jenkinsfile")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/src/**|drop the leading '/'",
            "docs/|'docs/**'",
            "a//b|empty path segment",
            "a/../b|'..'",
            "./a|'.'",
            "a**/b|'**' must be a whole path segment",
            "a\\b|'\\'"
    })
    void refusesMalformedGlobsWithAReason(String glob, String reason) {
        assertThat(PathGlob.problem(glob)).hasValueSatisfying(p -> assertThat(p).contains(reason));
        assertThatThrownBy(() -> PathGlob.compile(glob)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesEmptyAndControlCharacters() {
        assertThat(PathGlob.problem("")).isPresent();
        assertThat(PathGlob.problem(null)).isPresent();
        assertThat(PathGlob.problem("a\nb")).hasValueSatisfying(p -> assertThat(p).contains("control"));
    }

    @Test
    void hostilePatternsStayFast() {
        // Patterns that make backtracking matchers explode: many stars against a long near-miss.
        PathGlob stars = PathGlob.compile("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        PathGlob deep = PathGlob.compile("**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b");
        String longSegment = "a".repeat(20_000);
        String manySegments = "a/".repeat(5_000) + "c";
        // A naive recursive matcher would not return from either call within a test run.
        assertThat(stars.matches(longSegment)).isFalse();
        assertThat(deep.matches(manySegments)).isFalse();
        assertThat(deep.matches("a/".repeat(5_000) + "b")).isTrue();
    }
}
