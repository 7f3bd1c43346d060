package io.jenkins.plugins.aigate.cli;

/** The exit codes every {@code aigate} subcommand shares. */
public final class ExitCode {
    /** Done; for a check, it passed. */
    public static final int OK = 0;
    /** The check ran and failed (e.g. approval required, audit log tampered). */
    public static final int CHECK_FAILED = 1;
    /** Bad usage or bad input: unknown option, not a git repository, unknown revision, broken policy. */
    public static final int BAD_INPUT = 2;
    /** A fault of ours (EX_SOFTWARE in sysexits.h). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
