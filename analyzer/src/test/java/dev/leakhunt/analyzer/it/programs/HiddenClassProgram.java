package dev.leakhunt.analyzer.it.programs;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles a query per request into a hidden class ({@code Lookup.defineHiddenClass}) and caches it
 * by request, so none is ever unloaded: 4 classes/s.
 */
public final class HiddenClassProgram {
  static final Map<Integer, Class<?>> COMPILED = new ConcurrentHashMap<>();
  private static byte[] template;

  /** The class each request's query is compiled to. */
  static final class GeneratedQuery {}

  public static void main(String[] args) throws Exception {
    try (InputStream in =
        HiddenClassProgram.class.getResourceAsStream("HiddenClassProgram$GeneratedQuery.class")) {
      template = in.readAllBytes();
    }
    RequestLoop.run(args, 250, HiddenClassProgram::compile);
  }

  static void compile(int requestId) throws IllegalAccessException {
    COMPILED.put(
        requestId, MethodHandles.lookup().defineHiddenClass(template, false).lookupClass());
  }
}
