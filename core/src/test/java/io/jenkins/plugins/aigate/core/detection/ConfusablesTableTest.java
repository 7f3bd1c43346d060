package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ConfusablesTableTest {
    @Test
    void shippedTableIsWhatIcuGenerates() throws Exception {
        String shipped = Files.readString(ConfusablesTableGenerator.RESOURCE, StandardCharsets.UTF_8);
        assertThat(shipped).as("regenerate with ConfusablesTableGenerator").isEqualTo(
                ConfusablesTableGenerator.generate());
        assertThat(shipped).contains("\n0421 ; 0043\n", "\n043E ; 006F\n", "\n2010 ; 002D\n");
        assertThat(shipped.length()).as("kept small").isLessThan(64 * 1024);
    }
}
