package io.jenkins.plugins.aigate.core.detection;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a {@link Detector} is made from settings with problems; carries every problem. */
public final class DetectionSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public DetectionSettingsException(List<RuleProblem> problems) {
        super("Invalid detection settings: "
                + problems.stream().map(RuleProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found */
    public List<RuleProblem> problems() {
        return problems;
    }
}
