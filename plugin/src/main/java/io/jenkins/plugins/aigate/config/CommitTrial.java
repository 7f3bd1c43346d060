package io.jenkins.plugins.aigate.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.util.FormValidation;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * "Try a commit": runs core's detector on a commit made of a pasted author, e-mail and message, and lists the rules
 * that fire. Everything shown is escaped (the text is whatever the administrator pasted, possibly from an attacker).
 */
final class CommitTrial {
    /** Bounds the pasted message like a real commit would be bounded; the detector never sees more. */
    static final int MAX_MESSAGE_CHARS = 64 * 1024;
    private static final String TRIAL_ID = "0000000000000000000000000000000000000000";

    private CommitTrial() {}

    static FormValidation run(@CheckForNull DetectionSettings settings, @CheckForNull String author,
            @CheckForNull String email, @CheckForNull String message) {
        if (settings == null) {
            return FormValidation.warning(Messages.CommitTrial_NoPolicy());
        }
        String text = message == null ? "" : message;
        if (text.length() > MAX_MESSAGE_CHARS) {
            text = text.substring(0, MAX_MESSAGE_CHARS);
        }
        Commit commit = Commit.builder(TRIAL_ID)
                .person(PersonIdent.of(author == null ? "" : author.trim(), email == null ? "" : email.trim()))
                .message(text)
                .build();
        CommitAssessment assessment = Detector.create(settings).assess(commit);
        if (assessment.evidence().isEmpty()) {
            return FormValidation.ok(Messages.CommitTrial_Nothing());
        }
        List<String> lines = new ArrayList<>();
        for (Evidence e : assessment.evidence()) {
            lines.add(Messages.CommitTrial_Evidence(e.ruleId(), e.tool(), e.confidence().name(), e.field()));
        }
        String listed = String.join("; ", lines);
        return assessment.aiAssisted() ? FormValidation.warning(Messages.CommitTrial_Flagged(listed))
                : FormValidation.ok(Messages.CommitTrial_NotFlagged(listed));
    }
}
