package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.evidence.RunEvidenceReader;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.testkit.Goldens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The testkit's golden {@code verdict.json} (written once from {@link FixtureVerdicts#failingRun})
 * against today's writer and readers: a change of the format fails here first.
 */
class RunVerdictJsonGoldenTest {
  @TempDir Path dir;
  private final RunVerdictJson json = new RunVerdictJson();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void writerStillWritesTheGoldenFile() throws IOException {
    Path written = dir.resolve(RunFiles.VERDICT_JSON);

    json.write(FixtureVerdicts.failingRun(), written);

    assertThat(mapper.readTree(written.toFile()))
        .isEqualTo(mapper.readTree(Goldens.text(RunFiles.VERDICT_JSON)));
  }

  @Test
  void goldenFileReadsAsTheVerdictItWasWrittenFrom() throws IOException {
    Path golden = Goldens.copy(RunFiles.VERDICT_JSON, dir);

    assertThat(json.read(golden)).isEqualTo(FixtureVerdicts.failingRun());
    assertThat(json.readDiagnosis(golden)).isNull();
  }

  @Test
  void compareAndHistoryReadTheGoldenFileAsAVerdictOfTheCurrentFormat() throws IOException {
    Goldens.copy(RunFiles.VERDICT_JSON, dir);

    RunEvidence evidence = new RunEvidenceReader().read(dir);

    assertThat(evidence.formatVersion()).isEqualTo(RunVerdictJson.FORMAT_VERSION);
    assertThat(evidence.verdict()).isEqualTo(FixtureVerdicts.failingRun());
    assertThat(evidence.analyzerDir()).isEqualTo(dir);
  }

  /**
   * A real diagnosed verdict (a corpus run of hidden classes defined per request, by the analyzer
   * of 2026-12-01): its diagnosis section binds to the model and is written back byte for byte.
   */
  @Test
  void aRealDiagnosedVerdictReadsAndWritesBackByteForByte() throws IOException {
    Path original = dir.resolve("original.json");
    try (InputStream in = getClass().getResourceAsStream("verdict-diagnosed.json")) {
      Files.copy(in, original);
    }
    Path written = dir.resolve(RunFiles.VERDICT_JSON);

    Diagnosis diagnosis = json.readDiagnosis(original);
    json.write(json.read(original), diagnosis, written);

    assertThat(diagnosis.suspects()).isNotEmpty();
    assertThat(Files.readString(written)).isEqualTo(Files.readString(original));
  }
}
