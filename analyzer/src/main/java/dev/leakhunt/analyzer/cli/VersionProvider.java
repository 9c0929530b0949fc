package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.watch.AnalyzerVersion;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the analyzer's version and the Java it runs on. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "leakhunt analyzer " + AnalyzerVersion.current(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
