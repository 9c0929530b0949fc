package dev.leakhunt.soak.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./soak --help} answers from the built launcher: no Maven build runs first. */
class LauncherIT {
  @TempDir Path dir;

  @Test
  void helpAnswersWithoutRunningMaven() throws Exception {
    // First on the PATH, an "mvn" that only leaves a mark: the build must not be started.
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path mark = dir.resolve("mvn-was-called");
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\ntouch '" + mark + "'\nexit 1\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder builder =
        new ProcessBuilder(List.of("bash", "./soak", "--help")).redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().remove("SOAK_SKIP_BUILD");
    // The help is the whole output: no "Picked up JAVA_TOOL_OPTIONS" line (soak-run/pom.xml).
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = builder.start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed)
        .startsWith("Usage: soak ")
        .contains("--duration=DURATION")
        .doesNotContain("[picocli WARN]");
    assertThat(mark).doesNotExist();
  }
}
