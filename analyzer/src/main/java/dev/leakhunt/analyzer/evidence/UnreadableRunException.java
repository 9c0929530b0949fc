package dev.leakhunt.analyzer.evidence;

/**
 * A folder given as a run cannot be read: missing, foreign, or written by a newer version. The
 * message is one line naming the folder, what is wrong and what to do.
 */
public final class UnreadableRunException extends RuntimeException {
  public UnreadableRunException(String message) {
    super(message);
  }
}
