package dev.leakhunt.simulations.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a {@link RunSummary} as pretty JSON, atomically (a reader never sees half a file). */
public final class RunSummaryWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunSummaryWriter() {}

  /**
   * Writes the summary to {@code file}, creating parent folders.
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(RunSummary summary, Path file) {
    Path absolute = file.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
      Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
      JSON.writeValue(temporary.toFile(), summary);
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run summary to " + absolute, e);
    }
  }

  /** Reads a summary back (for tests and the soak command). */
  public static RunSummary read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), RunSummary.class);
  }
}
