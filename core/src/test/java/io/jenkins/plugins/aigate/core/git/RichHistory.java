package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds, with the real git CLI, a repository holding everything the reader must survive: quoted paths, renames,
 * copies, type and mode changes, merges (two and three parents), empty messages and commits, CRLF and long lines,
 * a Latin-1 commit, invalid UTF-8, an unknown encoding, and {@code gpgsig}/{@code mergetag} headers.
 */
final class RichHistory {
    static final String[] ODD_PATHS = {"with space.txt", "tab\there.txt", "new\nline.txt", "quote\"d.txt",
        "back\\slash.txt", "caf\u00e9.txt", "\u65e5\u672c/\u6587\u66f8.md", "-dash.txt", "\"leading-quote.txt"};

    private RichHistory() {
    }

    static TestRepository create(Path dir) {
        TestRepository repo = TestRepository.init(dir);
        repo.git("config", "diff.renames", "copies");
        repo.write("a.txt", lines("a", 20)).write("b.txt", lines("b", 20)).write("link-target", "x\n");
        for (String path : ODD_PATHS) {
            repo.write(path, path + "\n");
        }
        repo.commit("Root commit\n\nwith every odd path\n");
        // rename (exact and edited), delete, modify, copy
        move(repo, "a.txt", "renamed-a.txt");
        move(repo, "tab\there.txt", "moved\ttab.txt");
        repo.write("b2.txt", lines("b", 20)).write("b.txt", lines("b", 19) + "changed\n");
        delete(repo, "with space.txt");
        repo.write("caf\u00e9.txt", "changed\n");
        repo.commit("Rename, copy, delete and modify");
        // type change and mode change
        delete(repo, "link-target");
        try {
            Files.createSymbolicLink(dir.resolve("link-target"), Path.of("b.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repo.git("update-index", "--chmod=+x", "b2.txt");
        repo.commit("Type change and mode change");
        // a two-parent and a three-parent merge
        repo.git("checkout", "-q", "-b", "side");
        repo.write("side.txt", "side\n");
        repo.commit("Side work");
        repo.git("checkout", "-q", "-b", "other", "main");
        repo.write("other.txt", "other\n");
        repo.commit("Other work");
        repo.git("checkout", "-q", "main");
        repo.write("main.txt", "main\n");
        repo.commit("Main work");
        repo.git("merge", "-q", "--no-ff", "side", "-m", "Merge branch 'side'");
        repo.git("checkout", "-q", "-b", "third", "main~1");
        repo.write("third.txt", "third\n");
        repo.commit("Third work");
        repo.git("checkout", "-q", "main");
        repo.git("merge", "-q", "--no-ff", "other", "third", "-m", "Octopus merge");
        // messages
        repo.commit("");
        repo.commit("Empty commit, nothing changed");
        repo.write("crlf.txt", "x\n").commit("CRLF subject\r\n\r\nbody line\r\nCo-authored-by: A <a@example.org>\r\n");
        repo.write("long.txt", "x\n").commit("Long\n\n" + "y".repeat(200_000) + "\n");
        repo.commit("  Leading blanks and trailing   \n\n\n  indented body\t\n\n\n");
        latin1Commit(repo);
        crafted(repo, "author Bad Bytes <bad@example.org> 1700000100 +0000\n"
                + "committer Bad Bytes <bad@example.org> 1700000100 +0000\n",
                bytes("Invalid UTF-8: ", new byte[] {(byte) 0xff, (byte) 0xfe}, "\n"));
        crafted(repo, "author Unknown Enc <u@example.org> 1700000101 +0000\n"
                + "committer Unknown Enc <u@example.org> 1700000101 +0000\n"
                + "encoding x-no-such-charset\n", bytes("Unknown encoding, UTF-8 text: \u00fc\n"));
        signedAndTagged(repo);
        return repo;
    }

    static String lines(String prefix, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(prefix).append(" line ").append(i).append('\n');
        }
        return text.toString();
    }

    private static void move(TestRepository repo, String from, String to) {
        try {
            Files.move(repo.dir().resolve(from), repo.dir().resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(TestRepository repo, String path) {
        try {
            Files.delete(repo.dir().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void latin1Commit(TestRepository repo) {
        repo.write("latin1.txt", "x\n");
        repo.git("add", "-A");
        Git.run(repo.dir(), Map.of("GIT_AUTHOR_DATE", "1700000050 +0200", "GIT_COMMITTER_DATE", "1700000050 +0200"),
                "Caf\u00e9 cr\u00e8me in Latin-1\n\n\u00c4rger \u00fcber \u00df\n".getBytes(StandardCharsets.ISO_8859_1),
                "-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-q", "-F", "-");
    }

    /** Writes a commit on top of HEAD (same tree) from exact header and message bytes, and moves main to it. */
    static String crafted(TestRepository repo, String identityHeaders, byte[] message) {
        String tree = repo.git("rev-parse", "HEAD^{tree}").trim();
        String parent = repo.head();
        byte[] object = bytes("tree " + tree + "\nparent " + parent + "\n" + identityHeaders + "\n", message);
        String id = Git.hashCommit(repo.dir(), object);
        repo.git("update-ref", "refs/heads/main", id);
        return id;
    }

    static void signedAndTagged(TestRepository repo) {
        String head = repo.head();
        crafted(repo, "author Signer <s@example.org> 1700000200 -0730\n"
                + "committer Signer <s@example.org> 1700000200 -0730\n"
                + "gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n =abcd\n -----END PGP SIGNATURE-----\n"
                + "mergetag object " + head + "\n type commit\n tag v1\n tagger T <t@example.org> 1700000000 +0000\n"
                + " \n tag message\n", bytes("Signed and tagged\n\nBody\n"));
    }

    static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof byte[] ? (byte[]) part : part.toString().getBytes(StandardCharsets.UTF_8);
            out.writeBytes(b);
        }
        return out.toByteArray();
    }
}
