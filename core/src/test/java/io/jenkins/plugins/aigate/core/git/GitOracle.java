package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What git itself says about commits, through channels independent of the raw format the reader parses: formatted
 * fields re-encoded to UTF-8 by git, and {@code -z} raw output, which never quotes paths.
 */
final class GitOracle {
    private GitOracle() {
    }

    /**
     * @param diffMergeOptions e.g. {@code --diff-merges=first-parent}, or none
     * @return the commits {@code git log REVS} lists, as git describes them
     */
    static List<Commit> expected(Path dir, List<String> diffMergeOptions, String... revisions) {
        Map<String, List<ChangedPath>> paths = paths(dir, diffMergeOptions, revisions);
        List<String> args = new ArrayList<>(List.of("log", "--no-mailmap", "--date=raw",
                "--format=%x01%H%x00%P%x00%an%x00%ae%x00%ad%x00%cn%x00%ce%x00%cd%x00%e%x00%B"));
        args.addAll(Arrays.asList(revisions));
        args.add("--");
        String log = new String(Git.run(dir, new byte[0], args.toArray(new String[0])), StandardCharsets.UTF_8);
        List<Commit> commits = new ArrayList<>();
        for (String record : log.split("\u0001")) {
            if (record.isEmpty()) {
                continue;
            }
            String[] f = record.split("\u0000", -1);
            Commit.Builder builder = Commit.builder(f[0])
                    .author(ident(f[2], f[3], f[4]))
                    .committer(ident(f[5], f[6], f[7]))
                    .encoding(f[8].isEmpty() ? null : f[8])
                    .message(normalise(f[9]));
            for (String parent : f[1].split(" ")) {
                if (!parent.isEmpty()) {
                    builder.parent(parent);
                }
            }
            List<ChangedPath> changed = paths.get(f[0]);
            boolean merge = f[1].trim().contains(" ");
            if (changed != null && !changed.isEmpty()) {
                changed.forEach(builder::changedPath);
            } else {
                builder.pathsKnown(!merge);
            }
            builder.undecodable(record.indexOf('\uFFFD') >= 0);
            commits.add(builder.build());
        }
        return commits;
    }

    private static PersonIdent ident(String name, String email, String rawDate) {
        String[] parts = rawDate.split(" ");
        int offset = Integer.parseInt(parts[1].substring(1));
        int sign = parts[1].charAt(0) == '-' ? -1 : 1;
        return new PersonIdent(name, email, Instant.ofEpochSecond(Long.parseLong(parts[0])),
                ZoneOffset.ofHoursMinutes(sign * (offset / 100), sign * (offset % 100)));
    }

    /** git's raw format drops blank lines around the message and trailing blanks of each line. */
    static String normalise(String message) {
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\n", -1)) {
            lines.add(line.replaceAll("[ \t\r\f\u000b]+$", ""));
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    private static Map<String, List<ChangedPath>> paths(Path dir, List<String> diffMergeOptions, String... revisions) {
        List<String> args = new ArrayList<>(List.of("-c", "log.showRoot=true", "log", "-z", "--raw", "--no-abbrev",
                "--format=%x01%H"));
        args.addAll(diffMergeOptions);
        args.addAll(Arrays.asList(revisions));
        args.add("--");
        byte[] out = Git.run(dir, new byte[0], args.toArray(new String[0]));
        Map<String, List<ChangedPath>> result = new HashMap<>();
        List<ChangedPath> current = null;
        int i = 0;
        while (i < out.length) {
            if (out[i] == 1) {
                int end = indexOf(out, i + 1);
                String id = new String(out, i + 1, end - i - 1, StandardCharsets.US_ASCII);
                current = result.computeIfAbsent(id, k -> new ArrayList<>());
                i = end + 1;
            } else if (out[i] == '\n') {
                i++;
            } else if (out[i] == ':') {
                int end = indexOf(out, i);
                String meta = new String(out, i, end - i, StandardCharsets.US_ASCII);
                ChangeType type = ChangeType.fromLetter(meta.substring(meta.lastIndexOf(' ') + 1).charAt(0));
                int pathEnd = indexOf(out, end + 1);
                String first = new String(out, end + 1, pathEnd - end - 1, StandardCharsets.UTF_8);
                i = pathEnd + 1;
                if (type == ChangeType.RENAMED || type == ChangeType.COPIED) {
                    int secondEnd = indexOf(out, i);
                    current.add(new ChangedPath(type, new String(out, i, secondEnd - i, StandardCharsets.UTF_8),
                            first));
                    i = secondEnd + 1;
                } else {
                    current.add(ChangedPath.of(type, first));
                }
            } else {
                throw new IllegalStateException("unexpected byte " + out[i] + " at " + i);
            }
        }
        return result;
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return bytes.length;
    }
}
