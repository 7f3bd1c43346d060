package io.jenkins.plugins.aigate.core.detection;

import java.util.List;

/** The values rules read from one commit or one pull request, computed and normalised once each. */
interface FieldSource {
    /**
     * @param fieldId the field's {@link FieldIndex} number
     * @return the field's values; empty when the source has none (e.g. a commit's pull-request fields)
     */
    List<FieldValue> values(int fieldId);

    /**
     * @return the field's values as found anywhere in the message by the looser trailer reading (trailer and
     *     co-author fields only); empty elsewhere
     */
    List<FieldValue> mentionValues(int fieldId);

    /** @return whether any value may change when normalised; pure ASCII sources skip the normalised pass */
    boolean hasNonAscii();
}
