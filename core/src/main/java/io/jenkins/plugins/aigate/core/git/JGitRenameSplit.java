package io.jenkins.plugins.aigate.core.git;

/**
 * JGit's {@code RawFormatter} prints a rename as {@code R86<TAB>old new}, unquoted, so a path with spaces makes the
 * split ambiguous. This picks the space that most likely separates the two paths: halves with as many spaces each
 * (a rename rarely adds or drops one), then the longest shared directory prefix plus file-name suffix, then the
 * last space. Exact whenever the line holds a single space.
 */
final class JGitRenameSplit {
    private JGitRenameSplit() {
    }

    /** @return the index of the separating space in {@code line[from, to)}, or -1 when there is none */
    static int splitAt(byte[] line, int from, int to) {
        int spaces = 0;
        for (int i = from; i < to; i++) {
            if (line[i] == ' ') {
                spaces++;
            }
        }
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        int before = 0;
        for (int i = from; i < to; i++) {
            if (line[i] != ' ') {
                continue;
            }
            int after = spaces - before - 1;
            long score = (before == after ? 1L << 40 : 0) + ((long) shared(line, from, i, i + 1, to) << 8) + before;
            if (i > from && i < to - 1 && score >= bestScore) {
                best = i;
                bestScore = score;
            }
            before++;
        }
        return best;
    }

    private static int shared(byte[] line, int aFrom, int aTo, int bFrom, int bTo) {
        int prefix = 0;
        while (aFrom + prefix < aTo && bFrom + prefix < bTo && line[aFrom + prefix] == line[bFrom + prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (aTo - suffix - 1 >= aFrom + prefix && bTo - suffix - 1 >= bFrom + prefix
                && line[aTo - suffix - 1] == line[bTo - suffix - 1]) {
            suffix++;
        }
        return prefix + suffix;
    }
}
