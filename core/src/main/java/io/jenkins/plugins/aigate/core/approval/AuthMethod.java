package io.jenkins.plugins.aigate.core.approval;

/** How a voter proved who they are when they voted; recorded, and checked when a policy refuses token votes. */
public enum AuthMethod {
    /** An interactive web session (with a CSRF crumb). */
    WEB,
    /** An API token, as scripts and bots use. */
    API_TOKEN,
    /** Jenkins' SSH or remoting CLI. */
    CLI,
    /** The caller could not tell; treated like a token when token votes are refused. */
    UNKNOWN
}
