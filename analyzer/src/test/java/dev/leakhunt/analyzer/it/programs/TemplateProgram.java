package dev.leakhunt.analyzer.it.programs;

import dev.leakhunt.analyzer.it.library.TemplateEngine;

/**
 * Renders each request through a shared template engine with the request's id written into the
 * template's source, so every request compiles, and the engine caches, a new template (160 KiB/s):
 * the leak is held inside the library, the line that causes it is {@link #render}.
 */
public final class TemplateProgram {
  static final TemplateEngine ENGINE = new TemplateEngine();

  public static void main(String[] args) throws Exception {
    RequestLoop.run(args, 25, TemplateProgram::render);
  }

  static void render(int requestId) {
    ENGINE.compile("Dear customer, your order " + requestId + " has shipped.");
  }
}
