package io.jenkins.plugins.aigate.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import io.jenkins.plugins.aigate.core.pullrequest.UnresolvedReason;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Maps GitHub's REST shapes (pull request, pull-request commit) onto core's model. */
final class GitHubJson {
    private GitHubJson() {
    }

    /** @return the pull request's number, from a "pull-request-simple" object */
    static int number(JsonNode pull) throws GitHubApiException {
        JsonNode number = pull.path("number");
        if (!number.canConvertToInt() || number.asInt() < 1) {
            throw malformed("a pull request without a number");
        }
        return number.asInt();
    }

    /**
     * @param pull    a pull request as {@code /commits/{sha}/pulls} lists it
     * @param commits its commits, already mapped
     */
    static PullRequest pullRequest(JsonNode pull, List<Commit> commits) throws GitHubApiException {
        int number = number(pull);
        List<String> labels = new ArrayList<>();
        for (JsonNode label : pull.path("labels")) {
            String name = label.isTextual() ? label.asText() : label.path("name").asText("");
            if (!name.isEmpty()) {
                labels.add(name);
            }
        }
        return new PullRequest(number, text(pull, "html_url"), login(pull.path("user")),
                pull.path("head").path("ref").asText(""), text(pull, "title"), text(pull, "body"), labels, commits);
    }

    /**
     * The login as REST gives it: bots keep their {@code [bot]} suffix; GitHub's own agents use bare pseudo-logins
     * such as {@code Copilot}. A deleted account shows as {@code ghost}.
     */
    static String login(JsonNode user) {
        String login = user.path("login").asText("");
        return login.isEmpty() ? "ghost" : login;
    }

    /** @param item one element of {@code /pulls/{n}/commits} */
    static Commit commit(JsonNode item) throws GitHubApiException {
        String sha = item.path("sha").asText("");
        if (!sha.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
            throw malformed("a pull-request commit without a valid sha");
        }
        JsonNode commit = item.path("commit");
        if (!commit.isObject()) {
            throw malformed("pull-request commit " + sha + " without its git data");
        }
        Commit.Builder builder = Commit.builder(sha)
                .author(person(commit.path("author")))
                .committer(person(commit.path("committer")))
                .message(commit.path("message").asText("").replace("\r\n", "\n"))
                // The list endpoint carries no file list; path rules must not exempt these commits.
                .pathsKnown(false);
        for (JsonNode parent : item.path("parents")) {
            String parentSha = parent.path("sha").asText("");
            if (!parentSha.isEmpty()) {
                builder.parent(parentSha);
            }
        }
        return builder.build();
    }

    private static PersonIdent person(JsonNode node) {
        Instant when = null;
        String date = node.path("date").asText("");
        if (!date.isEmpty()) {
            try {
                when = Instant.parse(date);
            } catch (DateTimeParseException e) {
                when = null;
            }
        }
        return new PersonIdent(node.path("name").asText(""), node.path("email").asText(""), when, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asText("");
    }

    private static GitHubApiException malformed(String what) {
        return new GitHubApiException(UnresolvedReason.MALFORMED_RESPONSE, "GitHub answered " + what);
    }
}
