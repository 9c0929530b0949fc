package dev.leakhunt.soak.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.soak.invariants.InvariantChecks;
import dev.leakhunt.soak.report.IndexPage;
import dev.leakhunt.soak.report.JunitXmlWriter;
import dev.leakhunt.soak.report.RunLinks;
import dev.leakhunt.soak.settings.SoakSettings;
import dev.leakhunt.soak.verdict.SloResults;
import dev.leakhunt.soak.verdict.SoakVerdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the combined verdict into the run folder: {@code soak-verdict.json}, the JUnit XML of the
 * SLO and invariant checks, and {@code index.html} (with its {@code index.css}) linking every
 * artefact that exists.
 */
final class RunFolderWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final RunFolder folder;

  RunFolderWriter(RunFolder folder) {
    this.folder = folder;
  }

  void write(SoakVerdict verdict, SoakSettings settings, Instant startedAt) throws IOException {
    RunInfoWriter.write(folder.runInfo(), settings, startedAt, Instant.now(), System.getenv());
    JunitXmlWriter.write(SloResults.SUITE, verdict.slo(), folder.sloJunit());
    JunitXmlWriter.write(InvariantChecks.SUITE, verdict.invariants(), folder.invariantsJunit());
    ObjectNode json = JSON.createObjectNode();
    json.put("outcome", verdict.outcome());
    json.put("exitCode", verdict.exitCode());
    json.set("summary", JSON.valueToTree(verdict.summaryLines()));
    json.set("leak", JSON.valueToTree(verdict.leak()));
    json.set("slo", JSON.valueToTree(verdict.slo()));
    json.set("invariants", JSON.valueToTree(verdict.invariants()));
    json.set("regression", JSON.valueToTree(verdict.regression()));
    json.put("setupError", verdict.setupError());
    json.set("settings", JSON.valueToTree(settings));
    JSON.writeValue(folder.verdict().toFile(), json);
    String title = "leakhunt soak " + folder.root().getFileName();
    Files.writeString(
        folder.index(), IndexPage.render(title, verdict, links()), StandardCharsets.UTF_8);
    Files.writeString(
        folder.index().resolveSibling(IndexPage.STYLESHEET),
        IndexPage.stylesheet(),
        StandardCharsets.UTF_8);
  }

  private List<RunLinks> links() {
    List<RunLinks> links = new ArrayList<>();
    folder
        .gatlingReport()
        .ifPresent(report -> links.add(new RunLinks("Gatling report", folder.relative(report))));
    addIfPresent(links, "Analyzer report", folder.analyzerDir().resolve(RunFiles.REPORT_HTML));
    // Several shop instances: the analyzer's evidence per instance, each a complete run folder.
    for (Path target : targetFolders()) {
      String name = target.getFileName().toString();
      addIfPresent(links, "Analyzer report of " + name, target.resolve(RunFiles.REPORT_HTML));
      addIfPresent(
          links, "Analyzer verdict of " + name + " (JSON)", target.resolve(RunFiles.VERDICT_JSON));
      addIfPresent(
          links, "JFR old-object recording of " + name, target.resolve(RunFiles.OLD_OBJECTS_JFR));
    }
    addIfPresent(
        links, "Analyzer verdict (JSON)", folder.analyzerDir().resolve(RunFiles.VERDICT_JSON));
    addIfPresent(links, "Analyzer JUnit XML", folder.analyzerDir().resolve(RunFiles.JUNIT_XML));
    addIfPresent(
        links, "Comparison with the baseline", folder.analyzerDir().resolve(RunFiles.COMPARE_HTML));
    addIfPresent(links, "Comparison (JSON)", folder.analyzerDir().resolve(RunFiles.COMPARE_JSON));
    addIfPresent(links, "Samples (CSV)", folder.analyzerDir().resolve(RunFiles.SAMPLES_CSV));
    addIfPresent(
        links,
        "GC pauses (HdrHistogram log)",
        folder.analyzerDir().resolve(RunFiles.GC_PAUSES_HLOG));
    addIfPresent(
        links,
        "JFR old-object recording (JDK Mission Control)",
        folder.analyzerDir().resolve(RunFiles.OLD_OBJECTS_JFR));
    addIfPresent(links, "Load command output", folder.analyzerDir().resolve(RunFiles.COMMAND_LOG));
    addIfPresent(links, "SLO JUnit XML", folder.sloJunit());
    addIfPresent(links, "Invariants JUnit XML", folder.invariantsJunit());
    addIfPresent(links, "Combined verdict (JSON)", folder.verdict());
    addIfPresent(links, "Run identity: tags, load, machine (JSON)", folder.runInfo());
    addIfPresent(links, "Shop /stats at the end", folder.stats());
    addIfPresent(links, "Shoppers' run summary (JSON)", folder.loadSummary());
    addIfPresent(links, "Client latency, all injectors (JSON)", folder.clientLatency());
    addIfPresent(links, "Client response times (HdrHistogram log, ms)", folder.responseTimesLog());
    for (Path report : folder.injectorGatlingReports()) {
      String injector = folder.loadDir().relativize(report).getName(0).toString();
      links.add(new RunLinks("Gatling report of " + injector, folder.relative(report)));
    }
    addIfPresent(links, "Shop log", folder.shopLog());
    for (int number = 1; Files.exists(folder.shopLog(number)); number++) {
      addIfPresent(links, "Shop log of shop-" + number, folder.shopLog(number));
      addIfPresent(links, "Shop /stats of shop-" + number, folder.stats(number));
    }
    addIfPresent(links, "Commands run", folder.commands());
    return links;
  }

  /** The analyzer's folders of several targets ({@code analyzer/targets/NAME}), by name. */
  private List<Path> targetFolders() {
    Path targets = folder.analyzerDir().resolve(RunFiles.TARGETS_SUBDIR);
    if (!Files.isDirectory(targets)) {
      return List.of();
    }
    try (var entries = Files.list(targets)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private void addIfPresent(List<RunLinks> links, String label, Path file) {
    if (Files.exists(file)) {
      links.add(new RunLinks(label, folder.relative(file)));
    }
  }
}
