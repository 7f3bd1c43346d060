package io.jenkins.plugins.aigate.cli.check;

import io.jenkins.plugins.aigate.cli.BadInputException;
import java.util.List;

/**
 * The range {@code aigate check} is asked about, as the user wrote it: {@code BASE..HEAD} (or {@code ^BASE HEAD}),
 * where BASE is the last approved or passed head, or a single revision, which has no baseline.
 */
final class RangeSpec {
    private final String base;
    private final String head;

    private RangeSpec(String base, String head) {
        this.base = base;
        this.head = head;
    }

    /**
     * @param revisions the command's revisions, {@code HEAD} when none were given
     * @throws BadInputException for anything but one range or one revision
     */
    static RangeSpec parse(List<String> revisions) {
        if (revisions.size() == 1) {
            String only = revisions.get(0);
            if (only.contains("...")) {
                throw usage(revisions);
            }
            int dots = only.indexOf("..");
            if (dots >= 0) {
                String base = only.substring(0, dots);
                String head = only.substring(dots + 2);
                return new RangeSpec(base.isEmpty() ? "HEAD" : base, head.isEmpty() ? "HEAD" : head);
            }
            if (only.startsWith("^")) {
                throw usage(revisions);
            }
            return new RangeSpec(null, only);
        }
        if (revisions.size() == 2) {
            String first = revisions.get(0);
            String second = revisions.get(1);
            if (first.startsWith("^") && !second.startsWith("^")) {
                return new RangeSpec(first.substring(1), second);
            }
            if (second.startsWith("^") && !first.startsWith("^")) {
                return new RangeSpec(second.substring(1), first);
            }
        }
        throw usage(revisions);
    }

    private static BadInputException usage(List<String> revisions) {
        return new BadInputException("check takes one range BASE..HEAD (BASE: the last approved head) or one "
                + "revision, not: " + String.join(" ", revisions));
    }

    /** @return the baseline revision, or {@code null} when none was given */
    String base() {
        return base;
    }

    String head() {
        return head;
    }
}
