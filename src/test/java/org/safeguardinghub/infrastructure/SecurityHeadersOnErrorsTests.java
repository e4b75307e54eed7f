package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguardinghub.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over a real connection to the running server: what Tomcat answers by itself, before Spring sees the
 * request (a malformed request line, a bad header, TRACE), carries the same security headers as the
 * Hub's pages, each once, and says what went wrong in plain English without naming the server.
 */
@HubIntegrationTest
class SecurityHeadersOnErrorsTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GET /a|b HTTP/1.1",
            "GET /% HTTP/1.1",
            "GET /p/shropshire/%zz HTTP/1.1",
            "GET /a/%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
            "GET /\u0001 HTTP/1.1",
            "G(T / HTTP/1.1"})
    void requestsTomcatRefusesItselfCarryTheSecurityHeaders(String requestLine) throws IOException {
        var response = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isBetween(400, 499);
        assertSecurityHeaders(response);
        if (!response.body().isEmpty()) {
            assertThat(response.body()).doesNotContain("Tomcat").doesNotContain("Exception");
        }
    }

    @Test
    void aBadHeaderIsRefusedWithTheSecurityHeadersAndAPlainEnglishPage() throws IOException {
        var response = raw("GET /sign-in HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertSecurityHeaders(response);
        assertThat(response.body()).contains("There is a problem with your request").doesNotContain("Tomcat");
    }

    @Test
    void traceIsRefusedWith405AndTheSecurityHeaders() throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        for (var header : SecurityHeaders.ALL.entrySet()) {
            assertThat(response.headers().allValues(header.getKey())).as(header.getKey()).containsExactly(header.getValue());
        }
        assertThat(response.body()).doesNotContain("Tomcat");
    }

    @Test
    void theHubsOwnPagesCarryEachHeaderOnce() throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (var path : List.of("/sign-in", "/no-such-page", "/assets/hub.css")) {
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (var header : SecurityHeaders.ALL.entrySet()) {
                assertThat(response.headers().allValues(header.getKey())).as(path + " " + header.getKey())
                        .containsExactly(header.getValue());
            }
        }
    }

    private void assertSecurityHeaders(RawResponse response) {
        for (var header : SecurityHeaders.ALL.entrySet()) {
            assertThat(response.headers().get(header.getKey().toLowerCase(Locale.ROOT)))
                    .as(header.getKey() + " on " + response.statusLine()).containsExactly(header.getValue());
        }
    }

    /** HttpClient will not send a malformed request line, so these go over a plain socket. */
    private RawResponse raw(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            var end = text.indexOf("\r\n\r\n");
            var head = (end < 0 ? text : text.substring(0, end)).split("\r\n");
            var headers = new TreeMap<String, List<String>>();
            for (int i = 1; i < head.length; i++) {
                var colon = head[i].indexOf(':');
                headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(head[i].substring(colon + 1).trim());
            }
            return new RawResponse(head[0], Integer.parseInt(head[0].split(" ")[1]), headers,
                    end < 0 ? "" : text.substring(end + 4));
        }
    }

    private record RawResponse(String statusLine, int status, Map<String, List<String>> headers, String body) {
    }
}
