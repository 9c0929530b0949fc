package dev.leakhunt.shop.leaks;

import dev.leakhunt.contract.shop.LeakScenarioNames;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The bugs the shop can be started with, each named as on the command line; the names are the
 * contract's {@link LeakScenarioNames}, which the soak run checks {@code --leak} against.
 */
public enum LeakScenario {
  /** Cart eviction silently stops after its first run: heap grows with {@code Cart} objects. */
  ABANDONED_CARTS(LeakScenarioNames.ABANDONED_CARTS),
  /** Each product view adds a {@link RecentlyViewedEntry} to a static map, never removed: heap. */
  RECENTLY_VIEWED(LeakScenarioNames.RECENTLY_VIEWED),
  /** A refused checkout forgets to release its pooled direct audit buffer: Netty direct memory. */
  UNRELEASED_BUFFERS(LeakScenarioNames.UNRELEASED_BUFFERS),
  /** Each order starts an {@code order-confirmation-N} thread that never ends: live threads. */
  STUCK_THREADS(LeakScenarioNames.STUCK_THREADS),
  /** Each receipt compiles a template class in a fresh {@code TemplateClassLoader}: metaspace. */
  CLASS_PER_REQUEST(LeakScenarioNames.CLASS_PER_REQUEST),
  /**
   * Each receipt read keeps an unclosed {@code GZIPOutputStream} in the {@link ReceiptArchive}:
   * zlib's native memory, seen in the process's resident set but neither in the heap nor by NMT.
   */
  UNCLOSED_GZIP(LeakScenarioNames.UNCLOSED_GZIP),
  /** Negative control: a product page cache that fills to a fixed cap, then stays flat. */
  BOUNDED_CACHE(LeakScenarioNames.BOUNDED_CACHE),
  /**
   * Not a leak but a latency regression, for comparisons across runs: each product page is sent
   * {@link SlowResponses#PRODUCT_PAGE_DELAY_MS} ms (times the amplification) late.
   */
  SLOW_PRODUCT_PAGES(LeakScenarioNames.SLOW_PRODUCT_PAGES);

  private final String cliName;

  LeakScenario(String cliName) {
    this.cliName = cliName;
  }

  /** The name used with {@code --leak}. */
  public String cliName() {
    return cliName;
  }

  /**
   * Looks a scenario up by its {@code --leak} name.
   *
   * @throws IllegalArgumentException naming the valid choices if there is no such scenario
   */
  public static LeakScenario fromCliName(String name) {
    for (LeakScenario scenario : values()) {
      if (scenario.cliName.equals(name.trim())) {
        return scenario;
      }
    }
    throw new IllegalArgumentException(
        "unknown leak scenario '"
            + name
            + "' (choose from "
            + Arrays.stream(values()).map(LeakScenario::cliName).collect(Collectors.joining(", "))
            + ")");
  }
}
