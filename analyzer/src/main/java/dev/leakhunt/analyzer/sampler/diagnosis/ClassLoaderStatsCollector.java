package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.analyzer.diagnosis.model.LoaderSnapshot;
import dev.leakhunt.analyzer.diagnosis.parse.ClassLoaderStatsParser;
import java.io.IOException;
import javax.management.JMException;

/** Takes the target's class loader statistics per loader type ({@code VM.classloader_stats}). */
public final class ClassLoaderStatsCollector {
  /** The operation's name on the DiagnosticCommand MBean. */
  public static final String OPERATION = "vmClassloaderStats";

  private final DiagnosticCommands commands;

  public ClassLoaderStatsCollector(DiagnosticCommands commands) {
    this.commands = commands;
  }

  /** The loaders per type now. */
  public LoaderSnapshot take() throws IOException, JMException {
    long takenAtMs = System.currentTimeMillis();
    return new LoaderSnapshot(takenAtMs, ClassLoaderStatsParser.parse(commands.run(OPERATION)));
  }
}
