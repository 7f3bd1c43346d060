package io.jenkins.plugins.aigate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The repository and revisions a command reads, shared by {@code scan} and {@code check}. Revisions are handed to
 * git after {@code --end-of-options}, so a revision that looks like an option is only ever a revision.
 */
public final class RangeOptions {
    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The repository: a work tree (or any directory in one) or a bare repository. "
                    + "Default: the current directory.")
    private Path repository;

    @Parameters(paramLabel = "REV", arity = "0..*",
            description = "Revisions as git log takes them, e.g. main..HEAD or v1.0..v1.1 (default: HEAD). "
                    + "Put '--' before a revision that starts with '-'.")
    private List<String> revisions = new ArrayList<>();

    /** @return the repository directory as given */
    public Path repository() {
        return repository;
    }

    /** @return the revisions given, or {@code HEAD} when none were */
    public List<String> revisions() {
        return revisions.isEmpty() ? List.of("HEAD") : List.copyOf(revisions);
    }
}
