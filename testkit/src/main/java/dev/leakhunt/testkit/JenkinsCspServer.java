package dev.leakhunt.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a report folder on 127.0.0.1 the way Jenkins serves archived artifacts and HTML Publisher
 * reports: every response carries Jenkins' default Content-Security-Policy.
 */
public final class JenkinsCspServer implements AutoCloseable {
  /** Jenkins' default {@code hudson.model.DirectoryBrowserSupport.CSP}. */
  public static final String JENKINS_DEFAULT_CSP =
      "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png");

  private final HttpServer server;

  private JenkinsCspServer(HttpServer server) {
    this.server = server;
  }

  /** Starts serving {@code dir} on a free loopback port. */
  public static JenkinsCspServer serve(Path dir) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Path root = dir.toAbsolutePath().normalize();
    server.createContext("/", exchange -> respond(exchange, root));
    server.start();
    return new JenkinsCspServer(server);
  }

  /** The URL of {@code file} inside the served folder. */
  public String url(String file) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + file;
  }

  private static void respond(HttpExchange exchange, Path root) throws IOException {
    try (exchange) {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      exchange.getResponseHeaders().set("Content-Security-Policy", JENKINS_DEFAULT_CSP);
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      String extension = name.substring(name.lastIndexOf('.') + 1);
      exchange
          .getResponseHeaders()
          .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
