package io.jenkins.plugins.aigate.core.audit;

import java.io.IOException;

/**
 * Where a gate's records go: an {@link AuditLog}, or whatever the host puts in front of one (the plugin resolves its
 * key from Jenkins credentials first). A record the sink did not make durable must fail the decision it records.
 */
@FunctionalInterface
public interface AuditSink {
    /**
     * Appends one record durably.
     *
     * @param entry the record
     * @return the record's anchor (sequence number and MAC)
     * @throws IOException when the record could not be made durable; the caller must not treat the decision as made
     */
    Anchor append(AuditEntry entry) throws IOException;
}
