package dev.leakhunt.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the formats more than one module reads, checked in beside this class under {@code
 * golden/}, each written once by the real writer: {@code verdict.json} by the analyzer's {@code
 * RunVerdictJson} from {@code FixtureVerdicts.failingRun()}. The writer's module proves it still
 * writes the golden file and reads it back equal; each reader proves it reads the golden file. A
 * change of format fails those tests: then bump the format version, write the file again and say so
 * in the commit.
 */
public final class Goldens {
  private Goldens() {}

  /** The golden file's text, e.g. {@code Goldens.text("verdict.json")}. */
  public static String text(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the golden file into {@code dir} under its own name, for readers that take a path. */
  public static Path copy(String name, Path dir) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = open(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static InputStream open(String name) {
    InputStream in = Goldens.class.getResourceAsStream("golden/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no golden file " + name + " in the testkit");
    }
    return in;
  }
}
