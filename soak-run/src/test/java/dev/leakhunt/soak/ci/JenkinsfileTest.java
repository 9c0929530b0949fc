package dev.leakhunt.soak.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.cli.SoakCommand;
import dev.leakhunt.soak.run.RunFolder;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Parses the Jenkinsfile with Groovy's own parser (as Jenkins does before running it) and checks
 * that what it runs exists: the launcher, the options it passes, the files it publishes.
 */
class JenkinsfileTest {
  /** Shell built-ins the Jenkinsfile may start a command with. */
  private static final Set<String> SHELL_BUILTINS = Set.of("umask", "printf", "cd");

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final List<MethodCallExpression> CALLS = new ArrayList<>();
  private static final List<String> STRINGS = new ArrayList<>();

  @BeforeAll
  static void parseJenkinsfile() throws Exception {
    String source = Files.readString(REPO.resolve("Jenkinsfile"), StandardCharsets.UTF_8);
    CompilationUnit unit = new CompilationUnit();
    SourceUnit sourceUnit = unit.addSource("Jenkinsfile", source);
    unit.compile(Phases.CONVERSION);
    BlockStatement script = sourceUnit.getAST().getStatementBlock();
    script.visit(
        new CodeVisitorSupport() {
          @Override
          public void visitMethodCallExpression(MethodCallExpression call) {
            CALLS.add(call);
            super.visitMethodCallExpression(call);
          }

          @Override
          public void visitConstantExpression(ConstantExpression constant) {
            if (constant.getValue() instanceof String text) {
              STRINGS.add(text);
            }
          }
        });
  }

  private static List<String> calledMethods() {
    return CALLS.stream().map(MethodCallExpression::getMethodAsString).toList();
  }

  private static List<String> literalShellCommands() {
    List<String> commands = new ArrayList<>();
    for (MethodCallExpression call : CALLS) {
      if (!"sh".equals(call.getMethodAsString())) {
        continue;
      }
      Expression arguments = call.getArguments();
      if (arguments instanceof ArgumentListExpression list
          && !list.getExpressions().isEmpty()
          && list.getExpression(0) instanceof ConstantExpression constant) {
        commands.add((String) constant.getValue());
      }
    }
    return commands;
  }

  @Test
  void declarativePipelineHasNightlyTriggerAndHousekeepingOptions() {
    assertThat(calledMethods())
        .contains(
            "pipeline",
            "cron",
            "timestamps",
            "disableConcurrentBuilds",
            "buildDiscarder",
            "logRotator",
            "timeout",
            "parameters",
            "withCredentials");
    assertThat(STRINGS).contains("H 1 * * *");
    assertThat(STRINGS).containsSequence("DURATION_MINUTES", "defaultValue", "120");
  }

  @Test
  void publishesJunitArchiveAndHtmlReport() {
    assertThat(calledMethods()).contains("junit", "archiveArtifacts", "publishHTML");
  }

  @Test
  void runsTheSameLauncherPeopleRunLocally() throws Exception {
    assertThat(STRINGS).contains("./soak");
    Path launcher = REPO.resolve("soak");
    assertThat(launcher).isRegularFile();
    assertThat(Files.isExecutable(launcher)).isTrue();
    assertThat(Files.readString(launcher)).contains("java -jar soak-run/target/soak.jar \"$@\"");
  }

  @Test
  void everyOptionItPassesIsAnOptionOfTheSoakCommand() {
    CommandLine.Model.CommandSpec spec = new CommandLine(new SoakCommand()).getCommandSpec();
    // "--analyzer-arg=--heap-dump-on-leak" counts as --analyzer-arg.
    List<String> options =
        STRINGS.stream()
            .filter(text -> text.matches("--[a-z-]+(=.*)?"))
            .map(text -> text.replaceFirst("=.*", ""))
            .toList();

    assertThat(options)
        .contains(
            "--profile",
            "--duration",
            "--rate",
            "--leak",
            "--target-url",
            "--jmx",
            "--analyzer-arg",
            "--baseline")
        .allSatisfy(option -> assertThat(spec.findOption(option)).as(option).isNotNull());
  }

  @Test
  void everyLiteralShellCommandStartsWithSomethingThatExists() {
    List<String> commands = literalShellCommands();
    assertThat(commands).isNotEmpty();
    for (String command : commands) {
      String program = command.strip().split("\\s+")[0];
      boolean exists =
          SHELL_BUILTINS.contains(program)
              || Files.isExecutable(REPO.resolve(program))
              || onPath(program);
      assertThat(exists).as("program '%s' of sh '%s'", program, command).isTrue();
    }
  }

  @Test
  void junitPatternsMatchTheFilesARunWrites() {
    RunFolder folder = new RunFolder(Path.of("target/soak/20260101-000000"));
    var runJunit = FileSystems.getDefault().getPathMatcher("glob:target/soak/*/junit-*.xml");
    var analyzerJunit =
        FileSystems.getDefault().getPathMatcher("glob:target/soak/*/analyzer/junit.xml");

    assertThat(STRINGS).contains("target/soak/*/junit-*.xml, target/soak/*/analyzer/junit.xml");
    assertThat(runJunit.matches(folder.sloJunit())).isTrue();
    assertThat(runJunit.matches(folder.invariantsJunit())).isTrue();
    assertThat(analyzerJunit.matches(folder.analyzerDir().resolve("junit.xml"))).isTrue();
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void lastSuccessfulRunFolderBecomesTheBaselinePassedToTheSoak() {
    assertThat(calledMethods()).contains("copyArtifacts", "lastSuccessful", "specific");
    assertThat(STRINGS)
        .contains("target/soak/*/**", "target/baseline", "--baseline")
        .contains("ls -d target/baseline/target/soak/*/ 2>/dev/null | tail -n 1");
    // Copied artifacts keep their paths: target/baseline/target/soak/<stamp>/ is a run folder.
    RunFolder copied = new RunFolder(Path.of("target/baseline/target/soak/20260101-000000"));
    assertThat(
            FileSystems.getDefault()
                .getPathMatcher("glob:target/baseline/target/soak/*")
                .matches(copied.root()))
        .isTrue();
  }

  @Test
  void comparisonAndTrendArePublishedWithJunitCasesAndPlotFiles() throws Exception {
    assertThat(calledMethods()).contains("plot", "publishHTML", "junit", "archiveArtifacts");
    assertThat(STRINGS)
        .contains(
            "target/soak/*/analyzer/junit-compare.xml",
            "target/trend/**",
            "target/trend/plot-memory.csv",
            "target/trend/plot-counts.csv",
            "target/trend/plot-latency.csv",
            "Regression evidence");
    // The names the Jenkinsfile publishes are the ones the analyzer writes.
    Path analyzer = REPO.resolve("analyzer/src/main/java/dev/leakhunt/analyzer");
    assertThat(Files.readString(analyzer.resolve("report/PlotCsvWriter.java")))
        .contains("\"plot-memory.csv\", \"plot-counts.csv\", \"plot-latency.csv\"");
    assertThat(Files.readString(analyzer.resolve("cli/BaselineComparison.java")))
        .contains("JUNIT = \"junit-compare.xml\"", "HTML = \"compare.html\"");
    assertThat(Files.readString(analyzer.resolve("cli/HistoryCommand.java")))
        .contains("\"history.html\"");
  }
}
