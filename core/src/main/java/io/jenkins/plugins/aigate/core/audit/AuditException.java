package io.jenkins.plugins.aigate.core.audit;

import java.io.IOException;

/**
 * An append that did not produce a durable record. The caller must treat the decision as not made: no PASS without
 * a record.
 */
public class AuditException extends IOException {
    private static final long serialVersionUID = 1L;

    AuditException(String message) {
        super(message);
    }

    AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
