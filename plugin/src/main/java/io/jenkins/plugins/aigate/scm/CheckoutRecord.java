package io.jenkins.plugins.aigate.scm;

import java.util.ArrayList;
import java.util.List;

/**
 * One git checkout of a build, as the gate saw it: which repository (remote URLs), which head, and the ranges
 * read for the baselines that may apply. A failure to read anything is kept too, so the gate fails closed.
 */
public final class CheckoutRecord {
    private final String repository;
    private final ArrayList<String> remoteUrls;
    private final String head;
    private final long checkedOutMillis;
    private final ArrayList<RangeRead> ranges;
    private final String failure;

    public CheckoutRecord(String repository, List<String> remoteUrls, String head, long checkedOutMillis,
            List<RangeRead> ranges, String failure) {
        this.repository = repository;
        this.remoteUrls = new ArrayList<>(remoteUrls);
        this.head = head;
        this.checkedOutMillis = checkedOutMillis;
        this.ranges = new ArrayList<>(ranges);
        this.failure = failure;
    }

    /** @return the normalised URL of the first remote: the repository key of baselines */
    public String getRepository() {
        return repository;
    }

    public List<String> getRemoteUrls() {
        return List.copyOf(remoteUrls);
    }

    /** @return the commit checked out, or {@code null} if even that could not be told */
    public String getHead() {
        return head;
    }

    public long getCheckedOutMillis() {
        return checkedOutMillis;
    }

    public List<RangeRead> getRanges() {
        return List.copyOf(ranges);
    }

    /** @return why nothing could be read at this checkout, or {@code null} */
    public String getFailure() {
        return failure;
    }

    /** @return whether {@code url} names this repository (any remote, normalised) */
    public boolean matches(String url) {
        String wanted = RepositoryUrls.normalise(url);
        for (String remote : remoteUrls) {
            if (RepositoryUrls.normalise(remote).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
