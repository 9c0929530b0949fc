package dev.leakhunt.analyzer.verdict;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.VerdictDocument;
import dev.leakhunt.contract.verdict.VerdictJson;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a {@link RunVerdict} as {@code verdict.json} and reads it back, through the shared record
 * {@link VerdictDocument} (see {@link VerdictDocuments} for the mapping). Each resource is one flat
 * object ({@code resource}, {@code outcome}, {@code slopePerHour}, ...) so scripts can read figures
 * without knowing the internal records; NaN figures are written as null.
 */
public final class RunVerdictJson {
  /**
   * Version of the layout of {@code verdict.json} and {@code run.json}: {@link
   * VerdictDocument#FORMAT_VERSION}, kept here for the analyzer's other files that carry it.
   */
  public static final int FORMAT_VERSION = VerdictDocument.FORMAT_VERSION;

  /** The field that holds the format version. */
  public static final String FORMAT_VERSION_FIELD = VerdictDocument.FORMAT_VERSION_FIELD;

  private final VerdictJson json = new VerdictJson();
  private final VerdictDocuments documents = new VerdictDocuments();

  /** For {@code run.json}, which is not part of the shared verdict record. */
  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Writes the verdict to {@code file}. */
  public void write(RunVerdict verdict, Path file) throws IOException {
    write(verdict, null, file);
  }

  /**
   * Writes the verdict with its {@code diagnosis} section (what leaks and where) to {@code file}.
   *
   * @param diagnosis the run's diagnosis, or null to write none
   */
  public void write(RunVerdict verdict, Diagnosis diagnosis, Path file) throws IOException {
    json.write(documents.toDocument(verdict, diagnosis), file);
  }

  /** The {@code diagnosis} section of a verdict file, or null when it has none. */
  public Diagnosis readDiagnosis(Path file) throws IOException {
    return documents.toDiagnosis(json.read(file).diagnosis());
  }

  /** Reads a verdict written by {@link #write}. */
  public RunVerdict read(Path file) throws IOException {
    return documents.toVerdict(json.read(file));
  }

  /**
   * The format version a run file was written with: its {@code formatVersion}, or 1 when it has
   * none (written before the field existed).
   */
  public static int formatVersion(JsonNode root) {
    JsonNode version = root.path(FORMAT_VERSION_FIELD);
    return version.isInt() ? version.asInt() : 1;
  }

  /** Writes run metadata alone, as {@code run.json} at the start of a run. */
  public void writeRunInfo(RunInfo info, Path file) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
    root.setAll((ObjectNode) mapper.valueToTree(info));
    mapper.writeValue(file.toFile(), root);
  }

  /** Reads {@code run.json}. */
  public RunInfo readRunInfo(Path file) throws IOException {
    return mapper.readValue(file.toFile(), RunInfo.class);
  }
}
