package io.jenkins.plugins.aigate.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version the jar was built as (from its manifest), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = AiGateCommand.class.getPackage().getImplementationVersion();
        return new String[] {"aigate " + (version == null ? "development" : version)};
    }
}
