package io.jenkins.plugins.aigate.core.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the branch a merge commit brought in from its subject, by the grammar of each tool that writes merge
 * subjects. Only the merged branch counts: in {@code Merge branch 'main' into devin/1742781091-fix} a person
 * brought main's commits into the agent's branch, so nothing of the agent's came with it.
 *
 * <ul>
 *   <li>git: {@code Merge branch 'X' [of URL] [into Y]}, {@code Merge branches 'X', 'Y' and 'Z' [of URL] [into W]},
 *       {@code Merge remote-tracking branch 'origin/X' [into Y]} (the remote is stripped), {@code Merge tag 'v1'}
 *       and {@code Merge commit 'abc'} (no branch);</li>
 *   <li>GitHub: {@code Merge pull request #N from OWNER/X} (X may hold slashes), and the unquoted
 *       {@code Merge X into Y} of some tools;</li>
 *   <li>GitLab: {@code Merge branch 'X' into 'Y'};</li>
 *   <li>Bitbucket: {@code Merged in X (pull request #N)};</li>
 *   <li>forms with no branch ({@code Merge 'title' from Person}, {@code Merged PR 12: title}): none.</li>
 * </ul>
 */
final class MergeSubject {
    private static final String PULL_REQUEST_PREFIX = "Merge pull request #";
    private static final Pattern BITBUCKET = Pattern.compile("^Merged in (\\S+) \\(pull request #\\d+\\)");
    /** git's list: {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b' and 'c'}; then the optional tails. */
    private static final Pattern GIT = Pattern.compile(
            "^Merge (remote-tracking )?branch(es)? ('[^']+'(?:(?:, | and )'[^']+')*)(?: of \\S+)?(?: into \\S.*)?$");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern UNQUOTED = Pattern.compile("^Merge ([^\\s'\"]+) into [^\\s'\"]+$");

    private MergeSubject() {
    }

    /** {@code Merge pull request #N from OWNER/X}: X, read by hand (the most common merge subject of all). */
    private static void pullRequestBranch(String subject, List<String> out) {
        int i = PULL_REQUEST_PREFIX.length();
        int digits = i;
        while (i < subject.length() && subject.charAt(i) >= '0' && subject.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || !subject.startsWith(" from ", i)) {
            return;
        }
        int owner = i + " from ".length();
        int end = owner;
        while (end < subject.length() && !Character.isWhitespace(subject.charAt(end))) {
            end++;
        }
        int slash = subject.indexOf('/', owner);
        if (slash > owner && slash + 1 < end) {
            out.add(subject.substring(slash + 1, end));
        }
    }

    /**
     * @param subject a commit's first line
     * @return the merged branch names, in subject order; empty when the subject names none
     */
    static List<String> mergedBranches(String subject) {
        List<String> out = new ArrayList<>();
        if (!subject.startsWith("Merge")) {
            return out;
        }
        // each shape starts with its own words: run only the one grammar that can apply
        if (subject.startsWith(PULL_REQUEST_PREFIX)) {
            pullRequestBranch(subject, out);
            return out;
        }
        if (subject.startsWith("Merged in ")) {
            Matcher bitbucket = BITBUCKET.matcher(subject);
            if (bitbucket.find()) {
                out.add(bitbucket.group(1));
            }
            return out;
        }
        Matcher git = subject.startsWith("Merge branch") || subject.startsWith("Merge remote-tracking branch")
                ? GIT.matcher(subject) : null;
        if (git != null && git.find()) {
            boolean remote = git.group(1) != null;
            Matcher quoted = QUOTED.matcher(git.group(3));
            while (quoted.find()) {
                String branch = quoted.group(1);
                int slash = branch.indexOf('/');
                out.add(remote && slash > 0 ? branch.substring(slash + 1) : branch);
            }
            return out;
        }
        if (git != null || subject.indexOf('\'') >= 0 || subject.indexOf('"') >= 0) {
            return out;
        }
        Matcher unquoted = UNQUOTED.matcher(subject);
        if (unquoted.find() && !"commit".equals(unquoted.group(1))) {
            out.add(unquoted.group(1));
        }
        return out;
    }
}
