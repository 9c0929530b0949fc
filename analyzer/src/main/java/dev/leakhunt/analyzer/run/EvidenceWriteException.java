package dev.leakhunt.analyzer.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The analyzer could not write its own evidence (disk full, a file size limit, permissions): not
 * the target's failure and not a lost connection. The message is one line naming the file and the
 * cause.
 */
public final class EvidenceWriteException extends RuntimeException {
  public EvidenceWriteException(Path file, Throwable cause) {
    super(describe(file, cause), cause);
  }

  /** The one-line message for a failed write of {@code file}. */
  public static String describe(Path file, Throwable cause) {
    return "cannot write "
        + file
        + ": "
        + rootMessage(cause)
        + " (the analyzer's own output, not the target: free disk space, raise the file size"
        + " limit or choose another --out)";
  }

  /** Whether {@code failure} is an I/O error, so writing the evidence failed for that reason. */
  static boolean isIo(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable cause) {
    Throwable io = cause;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        io = t;
      }
    }
    if (io instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (io instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (io instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
