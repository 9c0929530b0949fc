package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.evidence.UnreadableRunException;
import dev.leakhunt.analyzer.run.EvidenceWriteException;
import dev.leakhunt.analyzer.run.UsageException;
import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.MBeanUnreadableException;
import dev.leakhunt.analyzer.sampler.RmiTimeouts;
import dev.leakhunt.contract.run.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The analyzer's entry point: dispatches {@code watch}, {@code report}, {@code compare} and {@code
 * history}, and turns every failure into one line on stderr and an exit code (0 pass, 1 fail, 2
 * usage or connection error, 3 inconclusive). Stack traces only with {@code --verbose}.
 */
@Command(
    name = "analyzer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Watches a JVM over JMX and fails the run when a resource keeps growing.",
    subcommands = {
      WatchCommand.class,
      ReportCommand.class,
      CompareCommand.class,
      HistoryCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 PASS, 1 FAIL, 2 usage or connection error, 3 INCONCLUSIVE."})
public final class AnalyzerMain implements Runnable {
  /** Exit code of usage and connection errors. */
  public static final int USAGE_OR_CONNECTION_ERROR = Outcome.ERROR_EXIT_CODE;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the analyzer and returns its exit code, without exiting. */
  public static int run(String... args) {
    // A hung target must not hold a thread forever in a JMX call; the watch's own deadlines keep
    // its schedule, these free the threads it gave up on.
    RmiTimeouts.install();
    boolean verbose = Arrays.asList(args).contains("--verbose");
    if (!verbose) {
      quietJmxClientLog();
    }
    CommandLine commandLine = new CommandLine(new AnalyzerMain());
    commandLine.setParameterExceptionHandler(
        (e, ignored) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("analyzer: " + firstLine(e.getMessage()) + " (see --help)");
          if (verbose) {
            e.printStackTrace(err);
          }
          err.flush();
          return USAGE_OR_CONNECTION_ERROR;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cl, ignored) -> {
          PrintWriter err = cl.getErr();
          err.println("analyzer: " + message(e));
          if (verbose) {
            e.printStackTrace(err);
          }
          err.flush();
          return USAGE_OR_CONNECTION_ERROR;
        });
    try {
      return commandLine.execute(args);
    } catch (Throwable e) {
      // Errors (OutOfMemoryError, StackOverflowError) pass picocli's handlers; exit 1 would read
      // as "FAIL: leak", so they too are one line and the error exit code.
      System.err.println(
          "analyzer: internal error: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
              + (verbose ? "" : " (rerun with --verbose for details)"));
      if (verbose) {
        e.printStackTrace();
      }
      return USAGE_OR_CONNECTION_ERROR;
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: watch, report, compare or history");
  }

  /**
   * The JDK's JMX client logs its own reconnection attempts as two-line warnings; the watch says
   * what happened in one line of its own ("reconnected after ..."). The JDK's loggers are system
   * loggers, reached only through the logging configuration, not through {@code Logger.getLogger}.
   */
  private static void quietJmxClientLog() {
    String config =
        "handlers=java.util.logging.ConsoleHandler\n"
            + ".level=INFO\n"
            + "javax.management.remote.level=OFF\n";
    try {
      LogManager.getLogManager()
          .readConfiguration(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      // An in-memory configuration cannot fail to read; the warnings would merely stay.
    }
  }

  private static String message(Exception e) {
    if (e instanceof UsageException
        || e instanceof EvidenceWriteException
        || e instanceof ConnectionFailedException
        || e instanceof MBeanUnreadableException
        || e instanceof UnreadableRunException) {
      return firstLine(e.getMessage());
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return firstLine(text) + " (rerun with --verbose for details)";
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }
}
