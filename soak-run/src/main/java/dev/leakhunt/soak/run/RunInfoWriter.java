package dev.leakhunt.soak.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.contract.verdict.VerdictDocument;
import dev.leakhunt.soak.settings.SoakSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes the run folder's {@code run.json}: what was tested (tags, Jenkins' build variables), how
 * (load profile and rate, target, heap), when (start and end) and on which machine, with the same
 * {@code formatVersion} as the analyzer's {@code verdict.json}, so later versions can read it.
 */
final class RunInfoWriter {
  /** Format of {@code run.json}; the analyzer's verdict and run files carry the same number. */
  static final int FORMAT_VERSION = VerdictDocument.FORMAT_VERSION;

  /** Jenkins' variables recorded as tags when set, as the analyzer records them. */
  static final List<String> CI_VARIABLES =
      List.of("BUILD_NUMBER", "BUILD_URL", "GIT_COMMIT", "JOB_NAME");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunInfoWriter() {}

  static void write(
      Path file,
      SoakSettings settings,
      Instant startedAt,
      Instant endedAt,
      Map<String, String> environment)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put(VerdictDocument.FORMAT_VERSION_FIELD, FORMAT_VERSION);
    root.put("startedAt", startedAt.toString());
    root.put("startMs", startedAt.toEpochMilli());
    root.put("endedAt", endedAt.toString());
    root.put("endMs", endedAt.toEpochMilli());
    ObjectNode tags = root.putObject("tags");
    for (String variable : CI_VARIABLES) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        tags.put(variable, value.strip());
      }
    }
    for (String tag : settings.watch().tags()) {
      int equals = tag.indexOf('=');
      tags.put(tag.substring(0, equals), tag.substring(equals + 1));
    }
    ObjectNode load = root.putObject("load");
    load.put("simulation", settings.load().simulationClass());
    load.put("profile", settings.load().profile());
    if (settings.load().usersPerSec() != null) {
      load.put("usersPerSec", settings.load().usersPerSec());
    } else {
      load.putNull("usersPerSec");
    }
    load.put("ramp", DurationText.format(settings.load().ramp()));
    load.put("duration", DurationText.format(settings.load().duration()));
    load.put("thinkTime", DurationText.format(settings.load().thinkTime()));
    load.put("injectors", settings.load().injectors());
    ObjectNode target = root.putObject("target");
    if (settings.embedded()) {
      target.put("kind", "embedded shop");
      target.put("maxHeap", settings.shop().maxHeap());
      target.set("leaks", JSON.valueToTree(settings.shop().leaks()));
      target.put("leakAmplify", settings.shop().leakAmplify());
      if (settings.shop().instances() > 1) {
        target.put("instances", settings.shop().instances());
        target.put("leakingInstances", settings.shop().leakingInstances());
      }
    } else {
      target.put("kind", "external");
      target.put("url", settings.external().baseUrl().toString());
      target.put("jmx", settings.external().jmxAddress());
    }
    ObjectNode machine = root.putObject("machine");
    machine.put("hostName", hostName());
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    machine.put(
        "jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    root.put("analyzerDir", RunFiles.ANALYZER_SUBDIR);
    if (settings.watch().baseline() != null) {
      root.put("baseline", settings.watch().baseline().toString());
    }
    JSON.writeValue(file.toFile(), root);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
