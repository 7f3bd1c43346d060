package io.jenkins.plugins.aigate.pullrequest;

import hudson.model.Job;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.util.List;
import java.util.Optional;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.metadata.ContributorMetadataAction;
import jenkins.scm.api.metadata.ObjectMetadataAction;
import jenkins.scm.api.mixin.ChangeRequestSCMHead2;
import jenkins.scm.api.mixin.ChangeRequestSCMHead;

/**
 * The pull request a multibranch pull-request job builds, from the metadata the branch source put on the job. The
 * {@code CHANGE_*} environment variables say the same but a Jenkinsfile can override them; the job's actions it
 * cannot.
 */
public final class ChangeRequestMetadata {
    private ChangeRequestMetadata() {
    }

    /**
     * @param job the job of the build
     * @return the pull request, when the job builds one and its branch source recorded who opened it
     */
    public static Optional<PullRequest> of(Job<?, ?> job) {
        SCMHead head = SCMHead.HeadByItem.findHead(job);
        if (!(head instanceof ChangeRequestSCMHead change)) {
            return Optional.empty();
        }
        ContributorMetadataAction contributor = job.getAction(ContributorMetadataAction.class);
        if (contributor == null || contributor.getContributor() == null) {
            return Optional.empty();
        }
        ObjectMetadataAction object = job.getAction(ObjectMetadataAction.class);
        // the source branch's name as its repository knows it (for a fork, not the head's display name)
        String branch = change instanceof ChangeRequestSCMHead2 named ? named.getOriginName() : head.getName();
        String title = object == null || object.getObjectDisplayName() == null ? "" : object.getObjectDisplayName();
        String body = object == null || object.getObjectDescription() == null ? "" : object.getObjectDescription();
        String url = object == null || object.getObjectUrl() == null ? "" : object.getObjectUrl();
        return Optional.of(new PullRequest(number(change.getId()), url, contributor.getContributor(),
                branch, title, body, List.of(), List.of()));
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
