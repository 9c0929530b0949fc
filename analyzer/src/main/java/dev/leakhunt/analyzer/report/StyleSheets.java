package dev.leakhunt.analyzer.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies a page's stylesheet from the classpath next to the page, so the page needs no network. */
final class StyleSheets {
  private StyleSheets() {}

  /** Writes the classpath resource {@code name} (beside this class) into {@code dir}. */
  static void copy(String name, Path dir) throws IOException {
    try (InputStream in = StyleSheets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("stylesheet " + name + " is missing from the analyzer jar");
      }
      Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
