package io.jenkins.plugins.aigate.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {
    @Test
    void sortsKeysAndWritesNoWhitespace() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1L);
        m.put("a", List.of(true, false));
        m.put("B", null);
        m.put("é", "x");
        assertThat(CanonicalJson.write(m)).isEqualTo("{\"B\":null,\"a\":[true,false],\"b\":1,\"é\":\"x\"}");
    }

    @Test
    void escapesOnlyWhatItMustAndNeverWritesALineFeed() {
        String nasty = "q\" b\\ \n\r\t\b\f \u0001 \u001b[31m \u007f \u2028 é 😀";
        String json = CanonicalJson.write(nasty);
        assertThat(json).isEqualTo("\"q\\\" b\\\\ \\n\\r\\t\\b\\f \\u0001 \\u001b[31m \u007f \u2028 é 😀\"");
        assertThat(json).doesNotContain("\n");
    }

    @Test
    void unpairedSurrogatesAreEscapedSoTheTextStaysValidUtf8() throws Exception {
        String lone = "a\ud800b\udc00";
        String json = CanonicalJson.write(lone);
        assertThat(json).isEqualTo("\"a\\ud800b\\udc00\"");
        assertThat(CanonicalJson.parse(json)).isEqualTo(lone);
    }

    @Test
    void parsesWhitespaceAndEscapesButCanonicalFormIsUnique() throws Exception {
        Object v = CanonicalJson.parse(" { \"z\" : [ 1 , -2 ] ,\n \"a\" : \"\\u00e9\\/\" } ");
        assertThat(CanonicalJson.write(v)).isEqualTo("{\"a\":\"é/\",\"z\":[1,-2]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":2}", "1.5", "1e3", "01", "-0", "-", "[1,]", "{\"a\":1,}", "\"\\x\"",
            "\"a\nb\"", "tru", "[1] 2", "", "{a:1}", "\"\\ud8\"", "99999999999999999999", "'a'", "[", "{\"a\"}",
            "NaN"})
    void refusesAnythingNotStrictJson(String text) {
        assertThatThrownBy(() -> CanonicalJson.parse(text)).isInstanceOf(JsonSyntaxException.class);
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "[".repeat(CanonicalJson.MAX_DEPTH + 2) + "]".repeat(CanonicalJson.MAX_DEPTH + 2);
        assertThatThrownBy(() -> CanonicalJson.parse(deep)).isInstanceOf(JsonSyntaxException.class)
                .hasMessageContaining("nesting");
        Object v = List.of();
        for (int i = 0; i < CanonicalJson.MAX_DEPTH + 2; i++) {
            v = List.of(v);
        }
        Object tooDeep = v;
        assertThatThrownBy(() -> CanonicalJson.write(tooDeep)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesValuesWithoutACanonicalForm() {
        assertThatThrownBy(() -> CanonicalJson.write(1.5d)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorsSayWhere() {
        assertThatThrownBy(() -> CanonicalJson.parse("[1, 2, x]")).isInstanceOf(JsonSyntaxException.class)
                .hasMessageContaining("offset 7")
                .satisfies(e -> assertThat(((JsonSyntaxException) e).offset()).isEqualTo(7));
    }

    @Property(tries = 100)
    void writeThenParseThenWriteIsStable(@ForAll("values") Object value) throws Exception {
        String once = CanonicalJson.write(value);
        Object back = CanonicalJson.parse(once);
        assertThat(CanonicalJson.write(back)).isEqualTo(once);
        assertThat(once).doesNotContain("\n");
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.of(true, false).map(b -> (Object) b));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l)),
                Arbitraries.maps(Arbitraries.strings().all().ofMaxLength(6), inner).ofMaxSize(4)
                        .map(m -> (Object) m)), 3);
    }
}
