package dev.leakhunt.shop;

/** A real shop serving on an ephemeral loopback port in this JVM, with a client for it. */
final class RunningShop implements AutoCloseable {
  private final ShopServer server;
  private final ShopClient client;

  private RunningShop(ShopServer server) {
    this.server = server;
    this.client = new ShopClient("http://127.0.0.1:" + server.httpPort());
  }

  static RunningShop start(ShopConfig config) throws Exception {
    return new RunningShop(ShopServer.start(config));
  }

  static RunningShop clean() throws Exception {
    return start(ShopConfig.loopbackDefaults());
  }

  ShopClient client() {
    return client;
  }

  ShopServer server() {
    return server;
  }

  int port() {
    return server.httpPort();
  }

  @Override
  public void close() throws Exception {
    try {
      client.close();
    } finally {
      server.close();
    }
  }
}
