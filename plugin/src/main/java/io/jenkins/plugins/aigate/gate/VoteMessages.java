package io.jenkins.plugins.aigate.gate;

import io.jenkins.plugins.aigate.core.approval.VoteCode;

/** Core's vote codes in the user's language, and the HTTP status each refusal answers with. */
public final class VoteMessages {

    private VoteMessages() {
    }

    /** @return why a vote was refused (or what happened, for accepted codes) */
    public static String refusal(VoteCode code) {
        return switch (code) {
            case ACCEPTED -> Messages.VoteCode_ACCEPTED();
            case APPROVED -> Messages.VoteCode_APPROVED();
            case REJECTED -> Messages.VoteCode_REJECTED();
            case OVERRIDDEN -> Messages.VoteCode_OVERRIDDEN();
            case ALREADY_DECIDED -> Messages.VoteCode_ALREADY_DECIDED();
            case NOT_ELIGIBLE -> Messages.VoteCode_NOT_ELIGIBLE();
            case SELF_APPROVAL -> Messages.VoteCode_SELF_APPROVAL();
            case IDENTITY_UNRESOLVED -> Messages.VoteCode_IDENTITY_UNRESOLVED();
            case DUPLICATE -> Messages.VoteCode_DUPLICATE();
            case EVIDENCE_CHANGED -> Messages.VoteCode_EVIDENCE_CHANGED();
            case JUSTIFICATION_REQUIRED -> Messages.VoteCode_JUSTIFICATION_REQUIRED();
            case REASON_REQUIRED -> Messages.VoteCode_REASON_REQUIRED();
            case TOKEN_VOTE_REFUSED -> Messages.VoteCode_TOKEN_VOTE_REFUSED();
            case CLOSED -> Messages.VoteCode_CLOSED();
        };
    }

    /**
     * @return 403 when the person may not decide, 400 when the form lacks a required comment, 409 when the page
     *         is stale (decided meanwhile, or the evidence changed)
     */
    public static int httpStatus(VoteCode code) {
        return switch (code) {
            case REASON_REQUIRED, JUSTIFICATION_REQUIRED -> 400;
            case ALREADY_DECIDED, EVIDENCE_CHANGED -> 409;
            default -> 403;
        };
    }
}
