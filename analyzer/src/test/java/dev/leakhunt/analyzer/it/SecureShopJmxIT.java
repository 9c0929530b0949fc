package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.it.programs.TlsRegistryPlainConnectorProgram;
import dev.leakhunt.contract.shop.ReadyLine;
import dev.leakhunt.testkit.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shop's JMX connector with password authentication and TLS (key stores made here by keytool),
 * watched by the analyzer: the right credentials over TLS sample; a wrong password, a plain
 * connection to the TLS port, a password file others can read, a certificate for another host and a
 * registry that hands out a plain stub each end with exit 2 and one line.
 */
class SecureShopJmxIT {
  private static final Path SHOP_JAR = Path.of("..", "target-app", "target", "target-app.jar");
  private static final String STORE_PASSWORD = "changeit";

  private static Path dir;
  private static Path trustStore;

  @BeforeAll
  static void makeKeysAndFiles() throws Exception {
    dir = WatchRun.outDir("secure-shop-jmx");
    Files.createDirectories(dir);
    trustStore = dir.resolve("trust.p12");
    Files.deleteIfExists(trustStore);
    for (String name : List.of("loopback", "elsewhere")) {
      Path keyStore = dir.resolve(name + ".p12");
      Path certificate = dir.resolve(name + ".cer");
      Files.deleteIfExists(keyStore);
      Files.deleteIfExists(certificate);
      String subjectAlternativeName =
          name.equals("loopback") ? "SAN=ip:127.0.0.1" : "SAN=dns:elsewhere.example";
      keytool(
          "-genkeypair",
          "-alias",
          name,
          "-keyalg",
          "RSA",
          "-keysize",
          "2048",
          "-dname",
          "CN=" + name,
          "-ext",
          subjectAlternativeName,
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
          name,
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
          name,
          "-file",
          certificate.toString(),
          "-storetype",
          "PKCS12",
          "-keystore",
          trustStore.toString(),
          "-storepass",
          STORE_PASSWORD);
    }
    ownerOnly("jmx.password", "watcher s3cret\n");
    ownerOnly("jmx.access", "watcher readwrite\n");
    ownerOnly("store.password", STORE_PASSWORD + "\n");
    ownerOnly("right-password", "s3cret\n");
    ownerOnly("wrong-password", "guess\n");
    Path shared = dir.resolve("group-readable-password");
    Files.writeString(shared, "s3cret\n");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));
  }

  @Test
  void rightCredentialsOverTlsSampleAndEveryWrongWayExitsTwoWithOneLine() throws Exception {
    Process shop = startShop("loopback");
    try {
      String jmx = "127.0.0.1:" + awaitJmxPort(shop);
      List<String> trust =
          List.of(
              "-Djavax.net.ssl.trustStore=" + trustStore,
              "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD);

      Path out = dir.resolve("right");
      AnalyzerProcess.Result accepted =
          AnalyzerProcess.start(
                  out,
                  trust,
                  "watch",
                  "--jmx",
                  jmx,
                  "--ssl",
                  "--user",
                  "watcher",
                  "--password-file",
                  dir.resolve("right-password").toString(),
                  "--duration",
                  "15s",
                  "--warmup",
                  "1s",
                  "--interval",
                  "1s",
                  "--live-probe",
                  "off",
                  "--no-jfr",
                  "--out",
                  out.toString())
              .await(Duration.ofSeconds(90));
      assertThat(accepted.exitCode()).as(accepted.stderr()).isEqualTo(3);
      assertThat(WatchRun.rows(out, "heap.used")).isGreaterThanOrEqualTo(2);

      assertOneLineExitTwo(
          watch(
              trust,
              "wrong",
              jmx,
              "--ssl",
              "--user",
              "watcher",
              "--password-file",
              dir.resolve("wrong-password").toString()),
          "analyzer: cannot connect to " + jmx + ": authentication failed");
      assertOneLineExitTwo(
          watch(
              trust,
              "plain",
              jmx,
              "--user",
              "watcher",
              "--password-file",
              dir.resolve("right-password").toString()),
          "analyzer: cannot connect to " + jmx + ": ");
      assertOneLineExitTwo(
          watch(
              trust,
              "shared-password",
              jmx,
              "--ssl",
              "--user",
              "watcher",
              "--password-file",
              dir.resolve("group-readable-password").toString()),
          "analyzer: --password-file "
              + dir.resolve("group-readable-password")
              + " is readable by group or others (rw-r-----); restrict it with chmod 600");
    } finally {
      stop(shop);
    }
  }

  @Test
  void certificateForAnotherHostIsRefusedThoughTrusted() throws Exception {
    Process shop = startShop("elsewhere");
    try {
      String jmx = "127.0.0.1:" + awaitJmxPort(shop);
      AnalyzerProcess.Result refused =
          watch(
              List.of(
                  "-Djavax.net.ssl.trustStore=" + trustStore,
                  "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD),
              "elsewhere",
              jmx,
              "--ssl",
              "--user",
              "watcher",
              "--password-file",
              dir.resolve("right-password").toString());
      assertOneLineExitTwo(
          refused, "analyzer: cannot connect to " + jmx + ": TLS handshake failed");
      assertThat(refused.stderr()).contains("127.0.0.1");
    } finally {
      stop(shop);
    }
  }

  @Test
  void registryOverTlsHandingOutAPlainStubIsRefused() throws Exception {
    List<String> keyStore =
        List.of(
            "-Djavax.net.ssl.keyStore=" + dir.resolve("loopback.p12"),
            "-Djavax.net.ssl.keyStorePassword=" + STORE_PASSWORD);
    try (TargetJvm target =
        TargetJvm.startServingOwnJmx(TlsRegistryPlainConnectorProgram.class, 90, keyStore)) {
      AnalyzerProcess.Result refused =
          watch(
              List.of(
                  "-Djavax.net.ssl.trustStore=" + trustStore,
                  "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD),
              "plain-stub",
              target.jmxAddress(),
              "--ssl");
      assertOneLineExitTwo(
          refused,
          "analyzer: cannot connect to "
              + target.jmxAddress()
              + ": its JMX connector does not use TLS");
    }
  }

  private static AnalyzerProcess.Result watch(List<String> jvm, String name, String... target)
      throws Exception {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("watch", "--jmx"));
    args.addAll(List.of(target));
    args.addAll(List.of("--duration", "15s", "--warmup", "1s", "--out", out.toString()));
    return AnalyzerProcess.start(out, jvm, args.toArray(String[]::new))
        .await(Duration.ofSeconds(60));
  }

  private static void assertOneLineExitTwo(AnalyzerProcess.Result result, String expectedStart) {
    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(2);
    assertThat(result.stderrLines()).hasSize(1);
    assertThat(result.stderrLines().get(0)).startsWith(expectedStart);
  }

  private static Process startShop(String keyStoreName) throws Exception {
    assertThat(Files.isRegularFile(SHOP_JAR)).as(SHOP_JAR + " built").isTrue();
    List<String> command =
        List.of(
            ChildJvm.javaBinary(),
            ChildJvm.QUICK_JIT,
            "-Xmx128m",
            "-jar",
            SHOP_JAR.toAbsolutePath().toString(),
            "--port",
            "0",
            "--products",
            "100",
            "--jmx-port",
            "0",
            "--jmx-password-file",
            dir.resolve("jmx.password").toString(),
            "--jmx-access-file",
            dir.resolve("jmx.access").toString(),
            "--jmx-keystore",
            dir.resolve(keyStoreName + ".p12").toString(),
            "--jmx-keystore-password-file",
            dir.resolve("store.password").toString());
    return new ProcessBuilder(command)
        .redirectError(dir.resolve("shop-" + keyStoreName + ".stderr").toFile())
        .start();
  }

  private static int awaitJmxPort(Process shop) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(shop.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("the shop's first stdout line").isNotNull();
    ReadyLine ready = ReadyLine.parse(line).orElseThrow(() -> new AssertionError(line));
    assertThat(ready.httpHost()).as(line).isEqualTo("127.0.0.1");
    assertThat(ready.jmxOn()).as(line).isTrue();
    return ready.jmxPort();
  }

  private static void stop(Process shop) throws InterruptedException {
    shop.destroy();
    if (!shop.waitFor(20, TimeUnit.SECONDS)) {
      shop.destroyForcibly();
    }
  }

  private static void ownerOnly(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.deleteIfExists(file);
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }

  private static void keytool(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(output).isZero();
  }
}
