package io.jenkins.plugins.aigate.config;

import io.jenkins.plugins.aigate.core.policy.PolicyProblem;
import java.util.ArrayList;
import java.util.List;

/** Localises core's policy problems: the field path and the kind of problem from here, the detail from core. */
final class ProblemText {

    private ProblemText() {}

    static String of(PolicyProblem p) {
        String kind;
        switch (p.kind()) {
            case REQUIRED:
                kind = Messages.ProblemKind_REQUIRED();
                break;
            case INVALID_VALUE:
                kind = Messages.ProblemKind_INVALID_VALUE();
                break;
            case OUT_OF_RANGE:
                kind = Messages.ProblemKind_OUT_OF_RANGE();
                break;
            case DUPLICATE:
                kind = Messages.ProblemKind_DUPLICATE();
                break;
            case CONFLICT:
                kind = Messages.ProblemKind_CONFLICT();
                break;
            case INVALID_GLOB:
                kind = Messages.ProblemKind_INVALID_GLOB();
                break;
            case INVALID_PATTERN:
                kind = Messages.ProblemKind_INVALID_PATTERN();
                break;
            case UNSUPPORTED_VERSION:
                kind = Messages.ProblemKind_UNSUPPORTED_VERSION();
                break;
            default:
                kind = Messages.ProblemKind_OTHER();
                break;
        }
        String path = p.path().isEmpty() ? Messages.ProblemText_WholePolicy() : p.path();
        return Messages.ProblemText_Format(path, kind, p.message());
    }

    static List<String> all(List<PolicyProblem> problems) {
        List<String> out = new ArrayList<>();
        for (PolicyProblem p : problems) {
            out.add(of(p));
        }
        return out;
    }
}
