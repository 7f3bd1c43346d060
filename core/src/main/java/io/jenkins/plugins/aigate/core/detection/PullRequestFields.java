package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.util.ArrayList;
import java.util.List;

/** A pull request's fields for the pull-request rules. */
final class PullRequestFields implements FieldSource {
    private final PullRequest pullRequest;
    private final FieldIndex index;

    PullRequestFields(PullRequest pullRequest, FieldIndex index) {
        this.pullRequest = pullRequest;
        this.index = index;
    }

    @Override
    public List<FieldValue> values(int fieldId) {
        Field field = index.field(fieldId);
        switch (field.kind()) {
            case PR_AUTHOR:
                return List.of(FieldValue.of(pullRequest.authorLogin(), null));
            case PR_HEAD_BRANCH:
                return List.of(FieldValue.of(pullRequest.headBranch(), null));
            case PR_TITLE:
                return List.of(FieldValue.of(pullRequest.title(), null));
            case PR_BODY:
                String body = pullRequest.body();
                String normalised = TextNormalizer.normalize(body);
                return List.of(new FieldValue(body, normalised.equals(body) ? null : normalised, null, null));
            case PR_LABEL:
                List<FieldValue> labels = new ArrayList<>();
                for (String label : pullRequest.labels()) {
                    labels.add(FieldValue.of(label, null));
                }
                return labels;
            default:
                return List.of();
        }
    }

    @Override
    public boolean hasNonAscii() {
        boolean ascii = TextNormalizer.isAscii(pullRequest.authorLogin())
                && TextNormalizer.isAscii(pullRequest.headBranch()) && TextNormalizer.isAscii(pullRequest.title())
                && TextNormalizer.isAscii(pullRequest.body());
        for (String label : pullRequest.labels()) {
            ascii = ascii && TextNormalizer.isAscii(label);
        }
        return !ascii;
    }

    @Override
    public List<FieldValue> mentionValues(int fieldId) {
        return List.of();
    }
}
