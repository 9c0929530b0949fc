package dev.leakhunt.shop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what this JVM logs (java.util.logging, which the shop and Netty use) while installed, so
 * a test can check that client mistakes were logged in one line, never with a stack trace.
 */
final class LogCapture extends Handler implements AutoCloseable {
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogCapture() {
    setLevel(Level.ALL);
  }

  static LogCapture install() {
    LogCapture capture = new LogCapture();
    Logger.getLogger("").addHandler(capture);
    return capture;
  }

  @Override
  public void publish(LogRecord record) {
    if (record.getLevel().intValue() >= Level.INFO.intValue()) {
      records.add(record);
    }
  }

  /** Records at INFO or above that carry a stack trace, as "LEVEL logger: message" lines. */
  List<String> withStackTraces() {
    return records.stream()
        .filter(record -> record.getThrown() != null)
        .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage())
        .toList();
  }

  /** Messages of records at INFO or above. */
  List<String> messages() {
    return records.stream().map(LogRecord::getMessage).toList();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
