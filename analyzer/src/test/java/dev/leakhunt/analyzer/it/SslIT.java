package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A target whose JMX registry and connections use TLS: with {@code --ssl} and a trust store holding
 * its certificate the analyzer samples; without the trust store it exits 2 with one line.
 */
class SslIT {
  private static final String STORE_PASSWORD = "changeit";

  @Test
  void sslWithTrustedCertificateSamplesAndUntrustedExitsTwo() throws Exception {
    Path dir = WatchRun.outDir("ssl");
    Files.createDirectories(dir);
    Path keyStore = dir.resolve("target.p12");
    Path certificate = dir.resolve("target.cer");
    Path trustStore = dir.resolve("trust.p12");
    Files.deleteIfExists(keyStore);
    Files.deleteIfExists(certificate);
    Files.deleteIfExists(trustStore);
    keytool(
        "-genkeypair",
        "-alias",
        "target",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keyStore.toString(),
        "-storepass",
        STORE_PASSWORD);
    keytool(
        "-exportcert",
        "-alias",
        "target",
        "-keystore",
        keyStore.toString(),
        "-storepass",
        STORE_PASSWORD,
        "-file",
        certificate.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "target",
        "-file",
        certificate.toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        trustStore.toString(),
        "-storepass",
        STORE_PASSWORD);
    List<String> tlsOptions =
        List.of(
            "-Dcom.sun.management.jmxremote.authenticate=false",
            "-Dcom.sun.management.jmxremote.ssl=true",
            "-Dcom.sun.management.jmxremote.registry.ssl=true",
            "-Djavax.net.ssl.keyStore=" + keyStore,
            "-Djavax.net.ssl.keyStorePassword=" + STORE_PASSWORD);
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 90, tlsOptions)) {
      Path out = dir.resolve("trusted");
      AnalyzerProcess.Result trusted =
          AnalyzerProcess.start(
                  out,
                  List.of(
                      "-Djavax.net.ssl.trustStore=" + trustStore,
                      "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD),
                  "watch",
                  "--jmx",
                  target.jmxAddress(),
                  "--ssl",
                  "--duration",
                  "15s",
                  "--warmup",
                  "1s",
                  "--interval",
                  "1s",
                  "--out",
                  out.toString())
              .await(Duration.ofSeconds(60));
      assertThat(trusted.exitCode()).as(trusted.stderr()).isEqualTo(3);
      // Sampled over the connection: at least two full samples reached the evidence file.
      assertThat(WatchRun.rows(out, "heap.used")).isGreaterThanOrEqualTo(2);

      AnalyzerProcess.Result untrusted =
          AnalyzerProcess.run(
              dir.resolve("untrusted"),
              Duration.ofSeconds(60),
              "watch",
              "--jmx",
              target.jmxAddress(),
              "--ssl",
              "--out",
              dir.resolve("untrusted").toString());
      assertThat(untrusted.exitCode()).isEqualTo(2);
      assertThat(untrusted.stderrLines()).hasSize(1);
      assertThat(untrusted.stderrLines().get(0))
          .startsWith("analyzer: cannot connect to " + target.jmxAddress() + ": ");
    }
  }

  private static void keytool(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(output).isZero();
  }
}
