package io.jenkins.plugins.aigate.github;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for the GitHub REST API on 127.0.0.1 and a free port. Each path (with query) answers from a
 * queue of replies; the last reply repeats. Every request is recorded with its headers.
 */
public final class FakeGitHub implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-github");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, Deque<Reply>> routes = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();

    /** One recorded request. */
    public static final class Request {
        public final String pathAndQuery;
        public final String authorization;
        public final String accept;

        Request(String pathAndQuery, String authorization, String accept) {
            this.pathAndQuery = pathAndQuery;
            this.authorization = authorization;
            this.accept = accept;
        }

        @Override
        public String toString() {
            return pathAndQuery;
        }
    }

    /** One canned answer; {@link #hang()} never answers until the server closes. */
    public static final class Reply {
        final int status;
        final Map<String, String> headers = new LinkedHashMap<>();
        final String body;
        final boolean hang;

        private Reply(int status, String body, boolean hang) {
            this.status = status;
            this.body = body;
            this.hang = hang;
        }

        public static Reply json(String body) {
            return new Reply(200, body, false).header("Content-Type", "application/json; charset=utf-8");
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, false).header("Content-Type", "application/json; charset=utf-8");
        }

        public static Reply hang() {
            return new Reply(0, "", true);
        }

        public Reply header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    public FakeGitHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return {@code http://127.0.0.1:PORT/api/v3}, shaped like a GitHub Enterprise Server base URL */
    public URI apiUrl() {
        return URI.create(origin() + "/api/v3");
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers {@code pathAndQuery} (below the API base when it starts with {@code /repos}) with these replies. */
    public synchronized FakeGitHub on(String pathAndQuery, Reply... replies) {
        String key = pathAndQuery.startsWith("/api/") || !pathAndQuery.startsWith("/repos") ? pathAndQuery
                : "/api/v3" + pathAndQuery;
        routes.put(key, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    public synchronized List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public synchronized List<String> paths() {
        List<String> paths = new ArrayList<>();
        requests.forEach(r -> paths.add(r.pathAndQuery));
        return paths;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Reply reply;
        synchronized (this) {
            requests.add(new Request(pathAndQuery, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Accept")));
            Deque<Reply> queue = routes.get(pathAndQuery);
            if (queue == null || queue.isEmpty()) {
                reply = Reply.status(404, "{\"message\":\"Not Found\"}");
            } else {
                reply = queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        if (reply.hang) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] body = reply.body.getBytes(StandardCharsets.UTF_8);
        reply.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
