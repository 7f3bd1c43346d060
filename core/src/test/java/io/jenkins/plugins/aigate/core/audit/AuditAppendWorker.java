package io.jenkins.plugins.aigate.core.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;

/**
 * A separate JVM appending to a log, for the multi-process tests: {@code LOG KEY_BASE64 COUNT START_FILE}. Waits for
 * START_FILE to exist so the processes start together; COUNT 0 appends until killed. Prints each anchor.
 */
public final class AuditAppendWorker {
    private AuditAppendWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path log = Paths.get(args[0]);
        KeyRing keys = KeyRing.single("k1", Base64.getDecoder().decode(args[1]));
        int count = Integer.parseInt(args[2]);
        Path start = Paths.get(args[3]);
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(start)) {
            Thread.sleep(5);
        }
        AuditLog a = AuditLog.open(log, keys);
        for (int i = 0; count == 0 || i < count; i++) {
            Anchor anchor = a.append(AuditFixtures.decision(i));
            System.out.println(anchor);
            System.out.flush();
        }
    }
}
