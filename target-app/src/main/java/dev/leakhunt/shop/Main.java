package dev.leakhunt.shop;

import picocli.CommandLine;

/**
 * Entry point of {@code java -jar target-app.jar}. Exit codes: 0 after a normal stop, 1 if the shop
 * could not start (port taken, ...), 2 for a usage error; errors are one line on stderr.
 */
public final class Main {
  private Main() {}

  /** Runs the shop until SIGTERM. */
  public static void main(String[] args) {
    ShopLogging.useOneLineFormat();
    CommandLine commandLine = new CommandLine(new ShopCommand());
    commandLine.setParameterExceptionHandler(
        (e, badArgs) -> {
          System.err.println("target-app: " + e.getMessage() + " (see --help)");
          return 2;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          System.err.println("target-app: cannot start: " + e);
          return 1;
        });
    System.exit(commandLine.execute(args));
  }
}
