package io.jenkins.plugins.aigate.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds JSON in the shapes GitHub documents for the two endpoints the lookup reads (trimmed to what matters). */
public final class GitHubShapes {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GitHubShapes() {
    }

    /** A "pull-request-simple" as {@code GET /repos/{o}/{r}/commits/{sha}/pulls} lists it. */
    public static ObjectNode pull(int number, String login, String userType, String headRef, String title, String body,
            String... labels) {
        ObjectNode pull = MAPPER.createObjectNode();
        pull.put("url", "https://api.github.com/repos/octo/app/pulls/" + number);
        pull.put("id", 1000 + number);
        pull.put("html_url", "https://github.com/octo/app/pull/" + number);
        pull.put("number", number);
        pull.put("state", "closed");
        pull.put("title", title);
        if (body == null) {
            pull.putNull("body");
        } else {
            pull.put("body", body);
        }
        ObjectNode user = pull.putObject("user");
        user.put("login", login);
        user.put("id", 42);
        user.put("type", userType);
        ArrayNode labelNodes = pull.putArray("labels");
        for (String label : labels) {
            labelNodes.addObject().put("name", label).put("color", "ededed");
        }
        ObjectNode head = pull.putObject("head");
        head.put("label", "octo:" + headRef);
        head.put("ref", headRef);
        head.put("sha", sha(9000 + number));
        pull.putObject("base").put("ref", "main");
        pull.put("merged_at", "2026-11-20T10:00:00Z");
        return pull;
    }

    /** One element of {@code GET /repos/{o}/{r}/pulls/{n}/commits}. */
    public static ObjectNode commit(String sha, String parent, String authorName, String authorEmail, String message) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("sha", sha);
        item.put("node_id", "C_" + sha.substring(0, 8));
        ObjectNode commit = item.putObject("commit");
        commit.putObject("author").put("name", authorName).put("email", authorEmail)
                .put("date", "2026-11-19T08:30:00Z");
        commit.putObject("committer").put("name", "GitHub").put("email", "noreply@github.com")
                .put("date", "2026-11-19T08:31:00Z");
        commit.put("message", message);
        commit.putObject("tree").put("sha", sha(1));
        item.putNull("author");
        item.putArray("parents").addObject().put("sha", parent);
        return item;
    }

    public static String array(List<ObjectNode> nodes) {
        ArrayNode array = MAPPER.createArrayNode();
        nodes.forEach(array::add);
        return array.toString();
    }

    public static String array(ObjectNode... nodes) {
        return array(List.of(nodes));
    }

    /** A deterministic 40-hex id for a number. */
    public static String sha(int n) {
        return String.format("%040x", n);
    }
}
