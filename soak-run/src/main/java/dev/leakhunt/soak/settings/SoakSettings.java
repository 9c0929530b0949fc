package dev.leakhunt.soak.settings;

import java.nio.file.Path;

/**
 * Everything one soak run needs, validated by the command line.
 *
 * @param projectDir the leakhunt checkout holding the built jars and simulations
 * @param outputDir parent of the run folders, e.g. {@code target/soak}
 * @param shop how to start the embedded shop; ignored with an external target
 * @param external the service to soak instead of the embedded shop, or null
 * @param load the Gatling side
 * @param watch the analyzer side
 */
public record SoakSettings(
    Path projectDir,
    Path outputDir,
    ShopOptions shop,
    ExternalTarget external,
    LoadOptions load,
    WatchOptions watch) {

  /** Whether the run starts the sample shop itself. */
  public boolean embedded() {
    return external == null;
  }
}
