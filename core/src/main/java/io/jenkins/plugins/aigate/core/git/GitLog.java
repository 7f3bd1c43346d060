package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.range.Ancestry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the {@code git} CLI over a work tree or a bare repository and streams its commits through a
 * {@link CommitReader}:
 * {@code git -C DIR log --format=raw --raw --no-abbrev --no-show-signature --encoding=none ... --end-of-options REV... --}.
 *
 * <p>It asks git for nothing beyond the raw log (no {@code -m}), so reading costs little more than git itself;
 * merges then come without paths ({@link io.jenkins.plugins.aigate.core.commit.Commit#pathsKnown()} false) unless
 * {@link #withFirstParentDiffs(boolean)} asks for their diff against the first parent. Options that only guard
 * against user configuration that would change the output (decorations, colours, abbreviated ids, signature
 * verification, paths relative to a subdirectory, root commits without paths) are passed too; the raw format never
 * applies {@code .mailmap}, so identities are the recorded ones. Needs git 2.24 or later ({@code --end-of-options}).
 * In a shallow clone, the boundary commits get {@code pathsKnown} false (git diffs them as root commits).
 * Immutable.
 */
public final class GitLog {
    private final Path directory;
    private final String gitExecutable;
    private final Map<String, String> environment;
    private final boolean firstParentDiffs;
    private final ReadLimits limits;

    private GitLog(Path directory, String gitExecutable, Map<String, String> environment, boolean firstParentDiffs,
            ReadLimits limits) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.gitExecutable = Objects.requireNonNull(gitExecutable, "gitExecutable");
        this.environment = Collections.unmodifiableMap(new HashMap<>(environment));
        this.firstParentDiffs = firstParentDiffs;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return a log of the repository at {@code directory} (a work tree, a subdirectory of one, or a bare one) */
    public static GitLog in(Path directory) {
        return new GitLog(directory, "git", Map.of(), false, ReadLimits.defaults());
    }

    /** @return this log run with another git executable (a name on the PATH or a full path) */
    public GitLog withGitExecutable(String executable) {
        return new GitLog(directory, executable, environment, firstParentDiffs, limits);
    }

    /** @return this log with extra environment variables for git (e.g. {@code GIT_CONFIG_GLOBAL}) */
    public GitLog withEnvironment(Map<String, String> variables) {
        return new GitLog(directory, gitExecutable, variables, firstParentDiffs, limits);
    }

    /**
     * @param enabled whether to ask for merges' diffs against their first parent
     *                ({@code --diff-merges=first-parent}, git 2.31 or later); costs time on merge-heavy histories
     * @return this log with that choice
     */
    public GitLog withFirstParentDiffs(boolean enabled) {
        return new GitLog(directory, gitExecutable, environment, enabled, limits);
    }

    /** @return this log reading with the given bounds */
    public GitLog withLimits(ReadLimits readLimits) {
        return new GitLog(directory, gitExecutable, environment, firstParentDiffs, readLimits);
    }

    /**
     * @param revisions what {@code git log} should list (e.g. {@code HEAD}, {@code A..B}, {@code ^X}); never parsed
     *                  as options or paths
     * @return the full command line
     */
    public List<String> command(List<String> revisions) {
        return command(revisions, true);
    }

    private List<String> command(List<String> revisions, boolean withPaths) {
        // configuration that would change the output is pinned with -c, which older git ignores when unknown
        List<String> command = new ArrayList<>(List.of(gitExecutable, "-C", directory.toString(),
                "-c", "log.showRoot=true", "-c", "diff.relative=false", "log", "--format=raw"));
        if (withPaths) {
            command.add("--raw");
        }
        command.addAll(List.of("--no-abbrev", "--no-abbrev-commit", "--no-show-signature", "--encoding=none",
                "--no-decorate", "--no-color"));
        if (firstParentDiffs) {
            command.add("--diff-merges=first-parent");
        }
        command.add("--end-of-options");
        command.addAll(revisions);
        command.add("--");
        return command;
    }

    /**
     * Starts git and returns its commits as they arrive; close the result (it stops git if still running).
     *
     * @param revisions what to list; at least one
     * @return the commits in git log order
     * @throws GitCommandException when git cannot be started; failures of git itself (not a repository, unknown
     *                             revision) are thrown by the returned iterator once git's output ends
     */
    public GitLogCommits open(List<String> revisions) {
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("no revision to log");
        }
        requireNoNul(revisions);
        Set<String> shallowBoundary = shallowBoundary();
        String partialClone = partialClone();
        String pathsUnknown = partialClone == null ? null : "a partial clone (" + partialClone + "): trees and "
                + "blobs may be missing, so changed paths are not read and path rules fail closed";
        GitProcess process = GitProcess.start(command(revisions, partialClone == null), environment);
        CommitObjects objects = CommitObjects.start(gitExecutable, directory, environment, revisions);
        return new GitLogCommits(process, CommitReader.of(process.stdout(), limits), shallowBoundary, objects,
                pathsUnknown);
    }

    /**
     * Treeless and blobless clones (common in CI) fetch trees and blobs on demand, or fail to read them offline:
     * {@code git log --raw} then fails with "unable to read".
     *
     * @return the setting that marks a partial clone ({@code extensions.partialclone} or
     *     {@code remote.NAME.promisor}), or {@code null} for a complete repository
     */
    private String partialClone() {
        // git 2.39 marks a partial clone's remote (remote.NAME.promisor); older git set extensions.partialClone
        GitProcess process = GitProcess.start(List.of(gitExecutable, "-C", directory.toString(), "config",
                "--get-regexp", "^(extensions\\.partialclone|remote\\..*\\.promisor)$"), environment);
        String out;
        try {
            out = new String(process.stdout().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            out = "";
        }
        int code = process.waitFor();
        process.destroy();
        if (code != 0) {
            return null;
        }
        for (String line : out.split("\n")) {
            String[] keyValue = line.split(" ", 2);
            if (keyValue.length == 2 && !keyValue[1].isBlank() && !keyValue[1].equalsIgnoreCase("false")) {
                return keyValue[0] + "=" + keyValue[1].strip();
            }
        }
        return null;
    }

    /**
     * In a shallow clone git diffs each boundary commit as if it were a root commit, listing every file as added
     * although the commit keeps its {@code parent} lines; those commits' paths are therefore unknown.
     *
     * @return the boundary commits of a shallow repository, or none (also when git cannot tell: the log itself
     *     then reports why)
     */
    private Set<String> shallowBoundary() {
        GitProcess process = GitProcess.start(List.of(gitExecutable, "-C", directory.toString(), "rev-parse",
                "--is-shallow-repository", "--git-path", "shallow"), environment);
        String out;
        try {
            out = new String(process.stdout().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out = "";
        }
        int code = process.waitFor();
        process.destroy();
        List<String> lines = out.lines().collect(Collectors.toList());
        if (code != 0 || lines.size() < 2 || !lines.get(0).equals("true")) {
            return Set.of();
        }
        try {
            return new HashSet<>(Files.readAllLines(directory.resolve(lines.get(1)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitCommandException(GitFailure.FAILED, -1, "cannot read the shallow clone's boundary "
                    + lines.get(1) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Asks {@code git merge-base --is-ancestor}.
     *
     * @return {@link Ancestry#ANCESTOR} when {@code ancestor} is an ancestor of (or equal to) {@code descendant},
     *     {@link Ancestry#NOT_ANCESTOR} when not, {@link Ancestry#UNKNOWN} when git cannot tell (a commit missing)
     * @throws GitCommandException when git cannot be started or the directory is not a repository
     */
    public Ancestry ancestry(String ancestor, String descendant) {
        if (ancestor.indexOf('\0') >= 0 || descendant.indexOf('\0') >= 0) {
            return Ancestry.UNKNOWN;
        }
        GitProcess process = GitProcess.start(List.of(gitExecutable, "-C", directory.toString(), "merge-base",
                "--is-ancestor", "--end-of-options", ancestor, descendant), environment);
        try {
            process.stdout().readAllBytes();
        } catch (java.io.IOException e) {
            // the exit code decides
        }
        int code = process.waitFor();
        process.destroy();
        if (code == 0) {
            return Ancestry.ANCESTOR;
        }
        if (code == 1) {
            return Ancestry.NOT_ANCESTOR;
        }
        GitCommandException failure = process.failure(code);
        if (failure.failure() == GitFailure.NOT_A_REPOSITORY) {
            throw failure;
        }
        return Ancestry.UNKNOWN;
    }

    /** A NUL cannot cross to git's argument list; it names no revision. */
    private static void requireNoNul(List<String> revisions) {
        for (String revision : revisions) {
            if (revision.indexOf('\0') >= 0) {
                throw new GitCommandException(GitFailure.UNKNOWN_REVISION, -1,
                        "a revision holds a NUL character: " + revision.replace('\0', '?'), null);
            }
        }
    }
}
