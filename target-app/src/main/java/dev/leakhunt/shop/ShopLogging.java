package dev.leakhunt.shop;

import dev.leakhunt.shop.http.AcceptFailurePause;
import java.io.IOException;
import java.time.ZoneId;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The shop's log (java.util.logging on stderr): one line per record, ready before it is needed. */
final class ShopLogging {
  private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

  /** {@code 2026-12-01 10:15:30.123 WARNING logger: message}, and a stack trace only if one. */
  private static final String ONE_LINE_FORMAT = "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";

  private ShopLogging() {}

  /**
   * Makes the default formatter write one line per record, unless the user configured a format.
   * Must run before the first log record, when the console handler and its formatter are made.
   */
  static void useOneLineFormat() {
    if (System.getProperty(FORMAT_PROPERTY) == null) {
      System.setProperty(FORMAT_PROPERTY, ONE_LINE_FORMAT);
    }
  }

  /**
   * Runs the logging path once while descriptors are plentiful. The first record formatted with a
   * date loads the time-zone rules (a file, lib/tzdb.dat); if that first record is the acceptor's
   * "too many open files", it cannot open the file and the acceptor thread dies with {@code
   * NoClassDefFoundError: ZoneRulesProvider}.
   */
  static void prepare() {
    ZoneId.systemDefault().getRules();
    LogRecord probe =
        new LogRecord(
            Level.WARNING, AcceptFailurePause.describe(new IOException("Too many open files"), 1));
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      Formatter formatter = handler.getFormatter();
      if (formatter != null) {
        formatter.format(probe);
      }
    }
  }
}
