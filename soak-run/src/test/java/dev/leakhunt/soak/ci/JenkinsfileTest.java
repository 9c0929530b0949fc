package dev.leakhunt.soak.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.soak.cli.SoakCommand;
import dev.leakhunt.soak.run.RunFolder;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.IfStatement;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Parses the Jenkinsfile with Groovy's own parser (as Jenkins does before running it) and checks
 * that what it runs exists, that no parameter reaches a shell except as a quoted environment
 * variable, and, by calling the Jenkinsfile's own functions, how parameters are validated and how
 * the soak's exit code becomes the build result.
 */
class JenkinsfileTest {
  /** Shell built-ins the Jenkinsfile may start a command with. */
  private static final Set<String> SHELL_BUILTINS = Set.of("umask", "printf", "cd", "set");

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  /** A call, the names of the calls it sits in (outermost first), and its enclosing if-tests. */
  private record Call(MethodCallExpression call, List<String> within, List<String> ifTests) {
    String name() {
      return call.getMethodAsString();
    }
  }

  private static final List<Call> CALLS = new ArrayList<>();
  private static final List<String> STRINGS = new ArrayList<>();
  private static final Set<String> PARAMETERS = new LinkedHashSet<>();
  private static Script jenkinsfile;

  @BeforeAll
  static void parseJenkinsfile() throws Exception {
    String source = Files.readString(REPO.resolve("Jenkinsfile"), StandardCharsets.UTF_8);
    CompilationUnit unit = new CompilationUnit();
    SourceUnit sourceUnit = unit.addSource("Jenkinsfile", source);
    unit.compile(Phases.CONVERSION);
    BlockStatement script = sourceUnit.getAST().getStatementBlock();
    Deque<String> within = new ArrayDeque<>();
    Deque<String> ifTests = new ArrayDeque<>();
    CodeVisitorSupport visitor =
        new CodeVisitorSupport() {
          @Override
          public void visitMethodCallExpression(MethodCallExpression call) {
            CALLS.add(new Call(call, List.copyOf(within), List.copyOf(ifTests)));
            within.addLast(call.getMethodAsString());
            super.visitMethodCallExpression(call);
            within.removeLast();
          }

          @Override
          public void visitIfElse(IfStatement statement) {
            statement.getBooleanExpression().visit(this);
            ifTests.addLast(statement.getBooleanExpression().getText());
            statement.getIfBlock().visit(this);
            ifTests.removeLast();
            statement.getElseBlock().visit(this);
          }

          @Override
          public void visitConstantExpression(ConstantExpression constant) {
            if (constant.getValue() instanceof String text) {
              STRINGS.add(text);
            }
          }
        };
    script.visit(visitor);
    // The Jenkinsfile's own functions (runInjector, soakParameterErrors, ...) are methods of the
    // script class: their calls are checked like the pipeline's, named as within the function.
    for (org.codehaus.groovy.ast.MethodNode method : sourceUnit.getAST().getMethods()) {
      within.addLast(method.getName());
      method.getCode().visit(visitor);
      within.removeLast();
    }
    for (Call call : CALLS) {
      if (List.of("string", "choice", "booleanParam").contains(call.name())
          && call.within().contains("parameters")) {
        PARAMETERS.add(String.valueOf(namedArguments(call.call()).get("name")));
      }
    }
    // Compiling runs nothing: the pipeline block is in run(), which is never called here.
    jenkinsfile = new GroovyShell().parse(source, "Jenkinsfile");
  }

  private static Map<String, Object> namedArguments(MethodCallExpression call) {
    Map<String, Object> named = new HashMap<>();
    if (call.getArguments() instanceof TupleExpression tuple) {
      for (Expression expression : tuple.getExpressions()) {
        if (expression instanceof org.codehaus.groovy.ast.expr.NamedArgumentListExpression map) {
          for (MapEntryExpression entry : map.getMapEntryExpressions()) {
            Expression value = entry.getValueExpression();
            named.put(
                entry.getKeyExpression().getText(),
                value instanceof ConstantExpression c ? c.getValue() : value);
          }
        }
      }
    }
    return named;
  }

  private static List<String> calledMethods() {
    return CALLS.stream().map(Call::name).toList();
  }

  private static List<Call> shCalls() {
    return CALLS.stream().filter(call -> call.name().equals("sh")).toList();
  }

  /** The script text of an sh call: its first argument or its {@code script:} argument. */
  private static Expression shScript(MethodCallExpression call) {
    Object named = namedArguments(call).get("script");
    if (named != null) {
      return named instanceof Expression e ? e : new ConstantExpression(named);
    }
    return ((ArgumentListExpression) call.getArguments()).getExpression(0);
  }

  private static List<String> literalShellCommands() {
    List<String> commands = new ArrayList<>();
    for (Call call : shCalls()) {
      if (shScript(call.call()) instanceof ConstantExpression constant) {
        commands.add((String) constant.getValue());
      }
    }
    return commands;
  }

  @SuppressWarnings("unchecked")
  private static List<String> parameterErrors(Map<String, Object> overrides) {
    Map<String, Object> params = new HashMap<>();
    params.put("AGENT_LABEL", "soak");
    params.put("DURATION_MINUTES", "120");
    params.put("RATE", "");
    params.put("PROFILE", "soak");
    params.put("LEAK", "none");
    params.put("TARGET_URL", "");
    params.put("TARGET_JMX", "");
    params.put("JMX_CREDENTIALS_ID", "");
    params.put("HEAP_DUMP_ON_LEAK", false);
    params.put("ANALYZER_ARGS", "");
    params.put("SIMULATION", "dev.leakhunt.simulations.ShopperSimulation");
    params.put("INJECTORS", "1");
    params.put("INJECTOR_LABEL", "soak-injector");
    params.putAll(overrides);
    return (List<String>) jenkinsfile.invokeMethod("soakParameterErrors", new Object[] {params});
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> outcome(int exitCode, String... output) {
    return (Map<String, Object>)
        jenkinsfile.invokeMethod("soakOutcome", new Object[] {exitCode, List.of(output)});
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
  void runsOnAnAgentChosenByTheAgentLabelParameter() {
    assertThat(PARAMETERS).contains("AGENT_LABEL");
    Call label =
        CALLS.stream()
            .filter(call -> call.name().equals("label") && call.within().contains("agent"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no agent { label ... }"));
    assertThat(label.call().getArguments().getText()).contains("params.AGENT_LABEL");
    assertThat(calledMethods()).doesNotContain("any");
  }

  @Test
  void publishesJunitArchiveAndHtmlReport() {
    assertThat(calledMethods()).contains("junit", "archiveArtifacts", "publishHTML");
  }

  @Test
  void runsTheSameLauncherPeopleRunLocally() throws Exception {
    assertThat(literalShellCommands()).anyMatch(script -> script.contains("./soak \"$@\""));
    Path launcher = REPO.resolve("soak");
    assertThat(launcher).isRegularFile();
    assertThat(Files.isExecutable(launcher)).isTrue();
    assertThat(Files.readString(launcher)).contains("java -jar soak-run/target/soak.jar \"$@\"");
  }

  @Test
  void everyOptionItPassesIsAnOptionOfTheSoakCommand() {
    CommandLine.Model.CommandSpec spec = new CommandLine(new SoakCommand()).getCommandSpec();
    String soakScript =
        literalShellCommands().stream()
            .filter(script -> script.contains("./soak \"$@\""))
            .findFirst()
            .orElseThrow();
    List<String> options = new ArrayList<>();
    Matcher option = Pattern.compile("(?<=[\\s\"])--[a-z][a-z-]*").matcher(soakScript);
    while (option.find()) {
      options.add(option.group());
    }

    assertThat(options)
        .contains(
            "--profile",
            "--duration",
            "--simulation",
            "--rate",
            "--leak",
            "--target-url",
            "--jmx",
            "--analyzer-arg",
            "--jmx-user",
            "--jmx-password-file",
            "--baseline")
        .allSatisfy(name -> assertThat(spec.findOption(name)).as(name).isNotNull());
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

  /**
   * Jenkins' own guidance against injection: no Groovy string interpolation in a shell step, and
   * parameters only as double-quoted environment variables, so a quote in a value stays data.
   */
  @Test
  void noParameterReachesAShellExceptAsAQuotedEnvironmentVariable() {
    assertThat(PARAMETERS)
        .contains("SIMULATION", "TARGET_URL", "TARGET_JMX", "ANALYZER_ARGS", "RATE");
    assertThat(shCalls()).isNotEmpty();
    for (Call call : shCalls()) {
      Expression script = shScript(call.call());
      assertThat(script)
          .as("sh %s must be a single-quoted (constant) string", script.getText())
          .isInstanceOf(ConstantExpression.class);
      String text = (String) ((ConstantExpression) script).getValue();
      for (String parameter : PARAMETERS) {
        Matcher use = Pattern.compile("\\$\\{?" + parameter + "\\b").matcher(text);
        while (use.find()) {
          assertThat(insideDoubleQuotes(text, use.start()))
              .as("$%s in sh '%s' must be inside double quotes", parameter, text)
              .isTrue();
        }
      }
    }
  }

  /** Whether position {@code at} of a shell line is inside a double-quoted word. */
  private static boolean insideDoubleQuotes(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at) + 1;
    boolean inDouble = false;
    boolean inSingle = false;
    for (int i = lineStart; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\\' && !inSingle) {
        i++;
      } else if (c == '"' && !inSingle) {
        inDouble = !inDouble;
      } else if (c == '\'' && !inDouble) {
        inSingle = !inSingle;
      }
    }
    return inDouble;
  }

  @Test
  void defaultParametersPassAndEveryShapedParameterRefusesShellCharacters() {
    assertThat(parameterErrors(Map.of())).isEmpty();
    assertThat(
            parameterErrors(
                Map.of(
                    "TARGET_URL", "http://127.0.0.1:8080",
                    "TARGET_JMX", "127.0.0.1:9010",
                    "RATE", "12.5",
                    "ANALYZER_ARGS", " --no-jfr  --ssl --threshold=heap.live=32MiB,5% ")))
        .isEmpty();

    for (Map<String, Object> hostile :
        List.<Map<String, Object>>of(
            Map.of("SIMULATION", "x'; cat \"$JMX_PASSWORD\"; echo '"),
            Map.of("SIMULATION", "a.B$(id)"),
            Map.of("TARGET_URL", "http://h/'$(id)'", "TARGET_JMX", "h:1"),
            Map.of("TARGET_URL", "http://127.0.0.1:8080", "TARGET_JMX", "h:1;id"),
            Map.of("TARGET_URL", "http://127.0.0.1:8080"),
            Map.of("ANALYZER_ARGS", "--ssl '; id; '"),
            Map.of("ANALYZER_ARGS", "--out=`id`"),
            Map.of("ANALYZER_ARGS", "--no-jfr;id"),
            Map.of("RATE", "1; id"),
            Map.of("DURATION_MINUTES", "10m"),
            Map.of("INJECTORS", "2; id", "TARGET_URL", "http://h:1", "TARGET_JMX", "h:1"),
            Map.of("INJECTORS", "65", "TARGET_URL", "http://h:1", "TARGET_JMX", "h:1"),
            Map.of("INJECTORS", "0"),
            Map.of("INJECTORS", "2"),
            Map.of("INJECTOR_LABEL", "linux'; id; '"),
            Map.of("JMX_CREDENTIALS_ID", "a b"))) {
      assertThat(parameterErrors(hostile)).as(hostile.toString()).isNotEmpty();
    }
  }

  /**
   * INJECTORS above 1: one branch per injector on an INJECTOR_LABEL agent running {@code ./soak
   * load} (its options all exist), stashing its folder; a coordinating branch on the soak's agent
   * that runs the same soak with {@code --remote-injectors} beside a loop that unstashes each
   * injector's folder whole; all in one {@code parallel}.
   */
  @Test
  void severalInjectorsRunAsParallelStagesOnInjectorAgentsAndTheCoordinatorJudges() {
    assertThat(PARAMETERS).contains("INJECTORS", "INJECTOR_LABEL");
    assertThat(calledMethods())
        .contains(
            "parallel",
            "node",
            "checkout",
            "stash",
            "unstash",
            "waitUntil",
            "runInjector",
            "collectInjectorResults",
            "runCoordinator");
    Call node = CALLS.stream().filter(call -> call.name().equals("node")).findFirst().orElseThrow();
    assertThat(node.call().getArguments().getText()).contains("params.INJECTOR_LABEL");
    Call nested =
        CALLS.stream()
            .filter(
                call -> call.name().equals("parallel") && !namedArguments(call.call()).isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no parallel(coordinator branches)"));
    assertThat(namedArguments(nested.call()))
        .containsKeys("analyzer and verdict", "collect injectors");
    assertThat(calledMethods().stream().filter("parallel"::equals)).hasSize(2);
    assertThat(
            CALLS.stream()
                .filter(call -> call.name().equals("unstash"))
                .flatMap(call -> call.within().stream()))
        .contains("waitUntil", "dir");

    String load =
        literalShellCommands().stream()
            .filter(script -> script.contains("./soak load \"$@\""))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no sh running ./soak load"));
    CommandLine.Model.CommandSpec loadSpec =
        new CommandLine(new dev.leakhunt.soak.cli.LoadCommand()).getCommandSpec();
    List<String> options = new ArrayList<>();
    Matcher option = Pattern.compile("(?<=[\\s\"])--[a-z][a-z-]*").matcher(load);
    while (option.find()) {
      options.add(option.group());
    }
    assertThat(options)
        .contains("--base-url", "--out", "--injectors", "--injector-index", "--start-at", "--rate")
        .allSatisfy(name -> assertThat(loadSpec.findOption(name)).as(name).isNotNull());
    assertThat(load).contains("--out target/load");
    assertThat(STRINGS).contains("target/load/injector-");

    String soak =
        literalShellCommands().stream()
            .filter(script -> script.contains("./soak \"$@\""))
            .findFirst()
            .orElseThrow();
    assertThat(soak)
        .contains(
            "--injectors \"$INJECTORS\" --remote-injectors \"$WORKSPACE/target/remote-load\""
                + " --start-at \"$START_AT\"");
    assertThat(literalShellCommands())
        .anyMatch(script -> script.startsWith("mkdir -p target/remote-load && mv "));
    // The injectors wait for the common start at most 15 minutes (StartBarrier.MAX_WAIT).
    assertThat((Integer) jenkinsfile.invokeMethod("injectorLeadMinutes", new Object[0]))
        .isBetween(1, 14);
    assertThat(parameterErrors(Map.of("INJECTORS", "2")))
        .containsExactly(
            "INJECTORS above 1 needs TARGET_URL: injectors on other agents cannot reach the"
                + " embedded shop, which listens on loopback only");
    assertThat(
            parameterErrors(
                Map.of(
                    "INJECTORS", "4",
                    "TARGET_URL", "http://shop.internal:8080",
                    "TARGET_JMX", "shop.internal:9010",
                    "INJECTOR_LABEL", "linux && injector")))
        .isEmpty();
  }

  @Test
  void exitCodesBecomeBuildResultsWithTheLineThatSaysWhy() {
    Map<String, Object> fail =
        outcome(
            1,
            "leak verdict:   FAIL (heap.live) - heap.live grows 31 MiB/h",
            "SOAK FAIL: leak (heap.live) (exit code 1)");
    assertThat(fail)
        .containsEntry("result", "FAILURE")
        .containsEntry("message", "SOAK FAIL: leak (heap.live) (exit code 1)");

    Map<String, Object> inconclusive =
        outcome(
            3,
            "leak verdict:   INCONCLUSIVE - heap.live: only 9 samples after warm-up",
            "SOAK INCONCLUSIVE (exit code 3)");
    assertThat(inconclusive)
        .containsEntry("result", "UNSTABLE")
        .containsEntry(
            "message", "SOAK INCONCLUSIVE: INCONCLUSIVE - heap.live: only 9 samples after warm-up");

    Map<String, Object> usage =
        outcome(2, "soak: --duration must be positive (got 0m) (see --help)");
    assertThat(usage)
        .containsEntry("result", "FAILURE")
        .containsEntry("message", "soak: --duration must be positive (got 0m) (see --help)");

    Map<String, Object> setup =
        outcome(2, "error:          analyzer wrote no verdict.json", "SOAK ERROR (exit code 2)");
    assertThat(setup).containsEntry("message", "error:          analyzer wrote no verdict.json");

    assertThat(outcome(0, "SOAK PASS (exit code 0)")).containsEntry("result", "SUCCESS");

    Map<String, Object> regression =
        outcome(
            1,
            "vs baseline:    FAIL (7 of 8 held; failed: latency p99 /products/{id})",
            "SOAK FAIL: regression (latency p99 /products/{id}) (exit code 1)");
    assertThat(regression)
        .containsEntry("result", "FAILURE")
        .containsEntry(
            "message", "SOAK FAIL: regression (latency p99 /products/{id}) (exit code 1)");
    // The pipeline acts on the result: unstable() for UNSTABLE, error() for FAILURE.
    assertThat(calledMethods()).contains("unstable", "error");
  }

  @Test
  void jmxPasswordFileIsRemovedInPostCleanup() {
    assertThat(
            shCalls().stream()
                .filter(call -> call.within().containsAll(List.of("post", "cleanup")))
                .map(call -> shScript(call.call()).getText()))
        .anyMatch(script -> script.contains("rm -f \"$WORKSPACE_TMP/jmx.password\""));
    assertThat(literalShellCommands())
        .anyMatch(script -> script.contains("> \"$WORKSPACE_TMP/jmx.password\""));
  }

  @Test
  void heapDumpsAndJfrAreArchivedOnlyForAFailVerdictAndKeptForFewerBuilds() {
    Call always =
        CALLS.stream()
            .filter(
                call ->
                    call.name().equals("archiveArtifacts")
                        && call.within().containsAll(List.of("post", "always")))
            .findFirst()
            .orElseThrow();
    assertThat(String.valueOf(namedArguments(always.call()).get("excludes")))
        .contains("**/*.hprof")
        .contains("**/*.jfr");

    List<Call> sensitive =
        CALLS.stream()
            .filter(
                call ->
                    call.name().equals("archiveArtifacts")
                        && String.valueOf(namedArguments(call.call()).get("artifacts"))
                            .contains(".hprof"))
            .toList();
    assertThat(sensitive).hasSize(1);
    assertThat(sensitive.get(0).ifTests()).anyMatch(test -> test.contains("archiveSensitive"));
    assertThat(outcome(1, "SOAK FAIL: leak (heap.live) (exit code 1)"))
        .containsEntry("archiveSensitive", true);
    for (int exitCode : new int[] {0, 2, 3}) {
      assertThat(outcome(exitCode))
          .as("exit %d", exitCode)
          .containsEntry("archiveSensitive", false);
    }

    Call rotator =
        CALLS.stream().filter(call -> call.name().equals("logRotator")).findFirst().orElseThrow();
    assertThat(((Expression) namedArguments(rotator.call()).get("artifactNumToKeepStr")).getText())
        .contains("params.HEAP_DUMP_ON_LEAK")
        .contains("3")
        .contains("10");
  }

  @Test
  void readmeFlagsHeapDumpsAndJfrAsSensitive() throws Exception {
    String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("Heap dumps and JFR recordings hold application data");
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
        .contains("target/soak/*/**", "target/baseline")
        .contains("ls -d target/baseline/target/soak/*/ 2>/dev/null | tail -n 1");
    // The folder reaches the soak like a parameter: a quoted environment variable, only when set.
    assertThat(literalShellCommands())
        .anyMatch(
            script ->
                script.contains("./soak \"$@\"")
                    && script.contains(
                        "if [ -n \"${BASELINE_DIR:-}\" ]; then set -- \"$@\" --baseline"
                            + " \"$BASELINE_DIR\"; fi"));
    // Copied builds bring no heap dumps or recordings, and leave the workspace after the build.
    assertThat(
            CALLS.stream()
                .filter(call -> call.name().equals("copyArtifacts"))
                .map(call -> String.valueOf(namedArguments(call.call()).get("excludes"))))
        .isNotEmpty()
        .allSatisfy(excludes -> assertThat(excludes).contains("**/*.hprof", "**/*.jfr"));
    assertThat(
            shCalls().stream()
                .filter(call -> call.within().containsAll(List.of("post", "cleanup")))
                .map(call -> shScript(call.call()).getText()))
        .anyMatch(
            script -> script.contains("target/baseline") && script.contains("target/history-runs"));
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
    assertThat(Files.readString(analyzer.resolve("run/BaselineComparison.java")))
        .contains("JUNIT = RunFiles.JUNIT_COMPARE_XML", "HTML = RunFiles.COMPARE_HTML");
    assertThat(RunFiles.JUNIT_COMPARE_XML).isEqualTo("junit-compare.xml");
    assertThat(RunFiles.COMPARE_HTML).isEqualTo("compare.html");
    assertThat(Files.readString(analyzer.resolve("cli/HistoryCommand.java")))
        .contains("\"history.html\"");
  }
}
