package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.testkit.ShopJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop the analyzer's tests watch: the target-app's shaded jar (built before this module) as a
 * {@link ShopJvm} with its JMX connector on a free loopback port, a 256 MB heap, 500 products, 2 s
 * cart TTL and 100 kept orders, so that a clean shop holds a steady heap within seconds.
 */
public final class TestShop {
  static final Path JAR = Path.of("..", "target-app", "target", "target-app.jar");

  private TestShop() {}

  /**
   * Starts the shop.
   *
   * @param shopArguments extra options, e.g. {@code --leak abandoned-carts --leak-amplify 8}
   */
  public static ShopJvm start(String... shopArguments) throws IOException, InterruptedException {
    return start(List.of(), shopArguments);
  }

  /**
   * Starts the shop as {@link #start(String...)} does, with extra JVM options.
   *
   * @param jvmOptions e.g. {@code -XX:NativeMemoryTracking=summary}
   * @param shopArguments extra shop options
   */
  public static ShopJvm start(List<String> jvmOptions, String... shopArguments)
      throws IOException, InterruptedException {
    List<String> options = new ArrayList<>(List.of("-Xmx256m"));
    options.addAll(jvmOptions);
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--port",
                "0",
                "--jmx-port",
                "0",
                "--products",
                "500",
                "--cart-ttl",
                "2s",
                "--orders-kept",
                "100"));
    arguments.addAll(List.of(shopArguments));
    return ShopJvm.startJar(JAR, options, arguments);
  }
}
