package dev.leakhunt.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.contract.shop.LeakScenarioNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the shared vocabulary: no other module's main code spells a run folder's file name, a
 * resource id or a leak scenario's name as a string literal of its own, so renaming one here
 * renames it everywhere (comments may still name them).
 */
class ContractLiteralsTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @Test
  void noOtherModuleRedeclaresTheContractsNames() throws IOException {
    List<String> names = new ArrayList<>();
    // File names only: the folder names ("targets", "analyzer") are also ordinary words.
    stringConstants(RunFiles.class).stream().filter(n -> n.contains(".")).forEach(names::add);
    names.addAll(stringConstants(ResourceIds.class));
    names.addAll(stringConstants(LeakScenarioNames.class));
    assertThat(names).contains(RunFiles.VERDICT_JSON, ResourceIds.HEAP_LIVE);

    List<Path> sources = mainSourcesOutsideContract();
    assertThat(sources)
        .as("the other modules' sources, read from " + REPOSITORY)
        .hasSizeGreaterThan(100);
    List<String> found = new ArrayList<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        String code = codeOf(lines.get(i));
        for (String name : names) {
          if (code.contains("\"" + name + "\"")) {
            found.add(REPOSITORY.relativize(source) + ":" + (i + 1) + " \"" + name + "\"");
          }
        }
      }
    }
    assertThat(found).as("literals that belong to the contract module").isEmpty();
  }

  /**
   * The line without a trailing or whole-line comment; Javadoc and block comment lines are empty.
   */
  private static String codeOf(String line) {
    String trimmed = line.strip();
    if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
      return "";
    }
    int comment = line.indexOf("// ");
    return comment < 0 ? line : line.substring(0, comment);
  }

  private static List<String> stringConstants(Class<?> holder) {
    List<String> values = new ArrayList<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }

  private static List<Path> mainSourcesOutsideContract() throws IOException {
    try (Stream<Path> modules = Files.list(REPOSITORY)) {
      return modules
          .filter(module -> Files.isRegularFile(module.resolve("pom.xml")))
          .filter(module -> !module.getFileName().toString().equals("contract"))
          .map(module -> module.resolve("src/main/java"))
          .filter(Files::isDirectory)
          .flatMap(ContractLiteralsTest::javaFiles)
          .toList();
    }
  }

  private static Stream<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
