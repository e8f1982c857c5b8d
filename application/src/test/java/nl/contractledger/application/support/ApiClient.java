package nl.contractledger.application.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Talks to the running application over real HTTP, as a client of the API would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One client, one pool of keep-alive connections: make an {@code ApiClient} once and share it between threads. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** A development user, whose password is its name. */
    public Call as(String user) {
        return new Call(user, user);
    }

    public Call as(String user, String password) {
        return new Call(user, password);
    }

    public Call anonymous() {
        return new Call(null, null);
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** One request being put together. */
    public final class Call {
        private final String user;
        private final String password;
        private final java.util.List<String> headers = new java.util.ArrayList<>();
        private String contentType = "application/json";

        private Call(String user, String password) {
            this.user = user;
            this.password = password;
        }

        public Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        public Call contentType(String value) {
            this.contentType = value;
            return this;
        }

        public Response get(String path) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        }

        public Response post(String path, String body) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        public Response put(String path, String body) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", contentType)
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        /**
         * Any method with any bytes as its body; {@code chunked} sends the body without a
         * {@code Content-Length}, as a stream would; a {@code null} content type sends none.
         */
        public Response send(String method, String path, byte[] body, boolean chunked) {
            HttpRequest.BodyPublisher publisher = chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, publisher);
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            return send(builder);
        }

        /** A GET whose answer is kept as bytes: a PDF, say. */
        public HttpResponse<byte[]> download(String path) {
            return exchange(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
        }

        private Response send(HttpRequest.Builder builder) {
            HttpResponse<String> response = exchange(builder, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        }

        private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
            if (user != null) {
                String credentials = Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
                builder.header("Authorization", "Basic " + credentials);
            }
            for (int i = 0; i < headers.size(); i += 2) {
                builder.header(headers.get(i), headers.get(i + 1));
            }
            try {
                return http.send(builder.build(), body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
