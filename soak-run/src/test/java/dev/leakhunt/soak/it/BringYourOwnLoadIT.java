package dev.leakhunt.soak.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.soak.settings.ShopOptions;
import dev.leakhunt.soak.target.HealthProbe;
import dev.leakhunt.soak.target.RunningShop;
import dev.leakhunt.soak.target.ShopLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A load test that lives outside this repository: a separate Maven project with its own pom (the
 * Gatling Maven plugin, no parent, nothing of leakhunt) and a small Java simulation, generated
 * here, run with {@code mvn gatling:test} under {@code analyzer watch --jmx ... -- COMMAND} against
 * the real shop, as a user soaks their own service with their own load.
 */
class BringYourOwnLoadIT {
  private static final Path WORK = Path.of("soak-run/target/byol-it").toAbsolutePath();
  private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(6);
  private static final int LOAD_SECONDS = 95;

  @Test
  void gatlingFromASeparateMavenProjectRunsUnderWatchAndTheShopPasses() throws Exception {
    deleteTree(WORK);
    Path project = writeLoadTestProject(WORK.resolve("my-load-test"));
    ShopLauncher launcher =
        new ShopLauncher(ProcessRunner.javaBinary(), Path.of("target-app/target/target-app.jar"));
    try (RunningShop shop =
        launcher.start(
            new ShopOptions(List.of(), 1, Duration.ofSeconds(5), 50, "256m"),
            WORK.resolve("shop.log"),
            Duration.ofSeconds(60))) {
      // Compiled first, so that under watch the command's life is the load, not javac.
      List<String> compile = maven(project, "test-compile");
      int compiled = ProcessRunner.run(compile, WORK.resolve("compile.log"), MAVEN_TIMEOUT);
      assertThat(compiled).as("output in %s", WORK.resolve("compile.log")).isZero();

      // Netty starts a worker event loop's thread at its first connection, four on two cores. Maven
      // took 43 s to start the load on a loaded clean clone (2026-12-02), 23 s after the warm-up,
      // and threads.live's step of four in the judged window was INCONCLUSIVE ("a staircase is
      // not ruled out"), rightly. A user's warm-up covers their load's start; here eight
      // connections (a client each) start every worker before the watch.
      for (int i = 0; i < 8; i++) {
        new HealthProbe().awaitHealthy(shop.ready().baseUrl() + "/health", Duration.ofSeconds(30));
      }
      Path out = WORK.resolve("watch");
      List<String> watch =
          new ArrayList<>(
              List.of(
                  ProcessRunner.javaBinary().toString(),
                  "-jar",
                  "analyzer/target/analyzer.jar",
                  "watch",
                  "--jmx",
                  shop.ready().jmxAddress(),
                  "--warmup",
                  "20s",
                  "--interval",
                  "1s",
                  "--live-probe",
                  "3s",
                  // The short-run limits of the soak's own clean-shop test (SoakCommandIT): the
                  // shop's caches and JIT still settle in the first minutes.
                  "--threshold",
                  "heap.live=128MiB,50%",
                  "--threshold",
                  "metaspace.used=64MiB",
                  "--threshold",
                  "classes.loaded=3000",
                  "--threshold",
                  "rss.native=4GiB",
                  "--out",
                  out.toString(),
                  "--"));
      watch.addAll(
          maven(
              project,
              "gatling:test",
              "-DbaseUrl=" + shop.ready().baseUrl(),
              "-Dseconds=" + LOAD_SECONDS));
      Path console = WORK.resolve("watch.log");
      int exitCode = ProcessRunner.run(watch, console, MAVEN_TIMEOUT);

      String printed = Files.readString(console, StandardCharsets.UTF_8);
      assertThat(exitCode).as("analyzer exit; output in %s", console).isZero();
      assertThat(printed).contains("VERDICT PASS").contains("command exited 0");
      JsonNode verdict = new ObjectMapper().readTree(out.resolve("verdict.json").toFile());
      assertThat(verdict.path("outcome").asText()).isEqualTo("PASS");
      assertThat(verdict.path("run").path("commandExitCode").asInt()).isZero();
      assertThat(verdict.path("run").path("command").toString()).contains("gatling:test");
      // The load really ran: Gatling's own assertion line and report, in the user's project.
      assertThat(Files.readString(out.resolve("command.log"), StandardCharsets.UTF_8))
          .contains("Global: count of failed events is 0.0 : true");
      try (Stream<Path> reports = Files.walk(project.resolve("target/gatling"), 2)) {
        assertThat(reports.filter(file -> file.endsWith("index.html"))).hasSize(1);
      }
      long watchedMs =
          verdict.path("run").path("endMs").asLong() - verdict.path("run").path("startMs").asLong();
      assertThat(watchedMs).isGreaterThanOrEqualTo(LOAD_SECONDS * 1000L);
    }
  }

  /**
   * {@code mvn -B -f PROJECT/pom.xml GOALS...}, online: the Gatling plugin's own dependencies are
   * fetched once (this repository's build never runs the plugin); the rest is in the local
   * repository already.
   */
  private static List<String> maven(Path project, String... goals) {
    List<String> command =
        new ArrayList<>(List.of("mvn", "-B", "-f", project.resolve("pom.xml").toString()));
    command.addAll(List.of(goals));
    return command;
  }

  /**
   * A user's own load test project, with the versions this repository builds with (read from its
   * root pom), so the test needs nothing the build has not already fetched.
   */
  private static Path writeLoadTestProject(Path dir) throws IOException {
    String rootPom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String pom =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>my-load-test</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>io.gatling.highcharts</groupId>
              <artifactId>gatling-charts-highcharts</artifactId>
              <version>GATLING</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>COMPILER</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>RESOURCES</version>
              </plugin>
              <plugin>
                <groupId>io.gatling</groupId>
                <artifactId>gatling-maven-plugin</artifactId>
                <version>PLUGIN</version>
                <configuration>
                  <simulationClass>com.example.BrowseSimulation</simulationClass>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """
            .replace("GATLING", property(rootPom, "gatling.version"))
            .replace("COMPILER", property(rootPom, "compiler-plugin.version"))
            .replace("RESOURCES", property(rootPom, "resources-plugin.version"))
            .replace("PLUGIN", property(rootPom, "gatling-plugin.version"));
    String simulation =
        """
        package com.example;

        import static io.gatling.javaapi.core.CoreDsl.*;
        import static io.gatling.javaapi.http.HttpDsl.*;

        import io.gatling.javaapi.core.ScenarioBuilder;
        import io.gatling.javaapi.core.Simulation;
        import io.gatling.javaapi.http.HttpProtocolBuilder;

        /** Browses the catalog at a constant rate; every request must succeed. */
        public class BrowseSimulation extends Simulation {
          HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("baseUrl"));

          ScenarioBuilder browse =
              scenario("browse")
                  .exec(http("products").get("/products?size=10").check(status().is(200)))
                  .exec(http("product").get("/products/1").check(status().is(200)));

          {
            setUp(browse.injectOpen(constantUsersPerSec(5).during(Integer.getInteger("seconds", 30))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
          }
        }
        """;
    Path sources = Files.createDirectories(dir.resolve("src/test/java/com/example"));
    Files.writeString(dir.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("BrowseSimulation.java"), simulation, StandardCharsets.UTF_8);
    return dir;
  }

  private static String property(String pom, String name) {
    Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    if (!value.find()) {
      throw new AssertionError("the root pom has no <" + name + ">");
    }
    return value.group(1).trim();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
