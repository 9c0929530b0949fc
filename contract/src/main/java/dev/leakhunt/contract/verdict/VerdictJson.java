package dev.leakhunt.contract.verdict;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes and reads {@code verdict.json} through its records: the one mapper configuration every
 * module uses (indented output; fields a reader does not know are ignored, so files of a newer
 * minor addition still read).
 */
public final class VerdictJson {
  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Writes a one-target verdict to {@code file}. */
  public void write(VerdictDocument verdict, Path file) throws IOException {
    mapper.writeValue(file.toFile(), verdict);
  }

  /** Writes a combined verdict of several targets to {@code file}. */
  public void write(CombinedVerdictDocument verdict, Path file) throws IOException {
    mapper.writeValue(file.toFile(), verdict);
  }

  /**
   * Reads a one-target verdict.
   *
   * @throws IOException when the file cannot be read or is not JSON of this layout
   */
  public VerdictDocument read(Path file) throws IOException {
    return mapper.readValue(file.toFile(), VerdictDocument.class);
  }

  /** Reads a combined verdict of several targets. */
  public CombinedVerdictDocument readCombined(Path file) throws IOException {
    return mapper.readValue(file.toFile(), CombinedVerdictDocument.class);
  }

  /** Reads the fields every verdict has, of one target or combined: see {@link VerdictHeadline}. */
  public VerdictHeadline readHeadline(Path file) throws IOException {
    return mapper.readValue(file.toFile(), VerdictHeadline.class);
  }

  /** A verdict as its file's text, e.g. for a test or a golden file. */
  public String text(VerdictDocument verdict) throws IOException {
    return mapper.writeValueAsString(verdict);
  }

  /** Reads a verdict from its file's text. */
  public VerdictDocument parse(String text) throws IOException {
    return mapper.readValue(text, VerdictDocument.class);
  }
}
