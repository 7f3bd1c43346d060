package io.jenkins.plugins.aigate.core.range;

import java.util.Objects;

/**
 * What a baseline belongs to: a job, the repository it deploys from and the target environment. Two environments
 * of one job (staging, production) advance separately.
 */
public final class BaselineKey {
    private final String job;
    private final String repository;
    private final String environment;

    /**
     * @param job         the job's full name (or, for the CLI, any stable name)
     * @param repository  the repository, e.g. its normalised remote URL
     * @param environment the deploy target; {@code ""} when the pipeline names none
     */
    public BaselineKey(String job, String repository, String environment) {
        this.job = Objects.requireNonNull(job, "job");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    public String job() {
        return job;
    }

    public String repository() {
        return repository;
    }

    public String environment() {
        return environment;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BaselineKey)) {
            return false;
        }
        BaselineKey that = (BaselineKey) o;
        return job.equals(that.job) && repository.equals(that.repository) && environment.equals(that.environment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(job, repository, environment);
    }

    @Override
    public String toString() {
        return job + " @ " + repository + (environment.isEmpty() ? "" : " -> " + environment);
    }
}
