package dev.leakhunt.analyzer.it.library;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands for a third-party library in the naming tests (its own package, apart from the program's):
 * compiles a template and caches it by its source, without bound, as a scripting engine caches its
 * scripts. Fed a new source per request, its cache is the leak; the line to fix is the caller's.
 */
public final class TemplateEngine {
  private final Map<String, CompiledTemplate> cache = new ConcurrentHashMap<>();

  /** A compiled template: its source and 4 KiB of compiled form. */
  public static final class CompiledTemplate {
    final byte[] compiled;

    CompiledTemplate(byte[] compiled) {
      this.compiled = compiled;
    }
  }

  public CompiledTemplate compile(String source) {
    return cache.computeIfAbsent(source, TemplateEngine::translate);
  }

  private static CompiledTemplate translate(String source) {
    byte[] compiled = new byte[4096];
    byte[] text = source.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(text, 0, compiled, 0, Math.min(text.length, compiled.length));
    return new CompiledTemplate(compiled);
  }
}
