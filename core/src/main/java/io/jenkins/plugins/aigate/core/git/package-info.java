/**
 * Reading git's textual output into {@link io.jenkins.plugins.aigate.core.commit.Commit}s, and running git.
 *
 * <p>{@link io.jenkins.plugins.aigate.core.git.CommitReader} streams commits from the three shapes they reach the
 * gate in (CLI git's raw log, git-client's {@code showRevision} through CLI git or JGit, the git plugin's changelog
 * file) and fails with a {@link io.jenkins.plugins.aigate.core.git.CommitReadException} naming the commit and the
 * line when the input is malformed or exceeds its {@link io.jenkins.plugins.aigate.core.git.ReadLimits}.
 * {@link io.jenkins.plugins.aigate.core.git.GitLog} runs {@code git log} for the command line and answers ancestry
 * questions; its failures are {@link io.jenkins.plugins.aigate.core.git.GitCommandException}s with a
 * {@link io.jenkins.plugins.aigate.core.git.GitFailure} code.
 */
package io.jenkins.plugins.aigate.core.git;
