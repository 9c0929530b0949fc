package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A target whose JMX agent demands a password: the right one connects, a wrong one exits 2. */
class AuthenticationIT {

  @Test
  void rightPasswordConnectsAndWrongPasswordExitsTwoWithOneLine() throws Exception {
    Path dir = WatchRun.outDir("auth");
    Files.createDirectories(dir);
    // The JMX agent refuses password files others can read.
    Path passwords = dir.resolve("jmxremote.password");
    Files.writeString(passwords, "watcher s3cret\n");
    Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
    Path access = dir.resolve("jmxremote.access");
    Files.writeString(access, "watcher readwrite\n");
    Files.setPosixFilePermissions(access, PosixFilePermissions.fromString("rw-------"));
    Path right = dir.resolve("right-password");
    Files.writeString(right, "s3cret\n");
    Files.setPosixFilePermissions(right, PosixFilePermissions.fromString("rw-------"));
    Path wrong = dir.resolve("wrong-password");
    Files.writeString(wrong, "guess\n");
    Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
    List<String> authOptions =
        List.of(
            "-Dcom.sun.management.jmxremote.authenticate=true",
            "-Dcom.sun.management.jmxremote.password.file=" + passwords,
            "-Dcom.sun.management.jmxremote.access.file=" + access);
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 90, authOptions)) {
      AnalyzerProcess.Result refused =
          AnalyzerProcess.run(
              dir.resolve("wrong"),
              Duration.ofSeconds(60),
              "watch",
              "--jmx",
              target.jmxAddress(),
              "--user",
              "watcher",
              "--password-file",
              wrong.toString(),
              "--out",
              dir.resolve("wrong").toString());
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.stderrLines())
          .containsExactly(
              "analyzer: cannot connect to "
                  + target.jmxAddress()
                  + ": authentication failed (Authentication failed! Invalid username or password)");

      Path out = dir.resolve("right");
      AnalyzerProcess.Result accepted =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(60),
              "watch",
              "--jmx",
              target.jmxAddress(),
              "--user",
              "watcher",
              "--password-file",
              right.toString(),
              "--duration",
              "15s",
              "--warmup",
              "1s",
              "--interval",
              "1s",
              "--out",
              out.toString());
      // Fifteen seconds are too few to judge: connected, sampled, and said what is missing.
      assertThat(accepted.exitCode()).as(accepted.stderr()).isEqualTo(3);
      assertThat(accepted.stdout()).startsWith("VERDICT INCONCLUSIVE: too little data: heap.live");
      // Sampled over the connection: at least two full samples reached the evidence file.
      assertThat(WatchRun.rows(out, "heap.used")).isGreaterThanOrEqualTo(2);
    }
  }
}
