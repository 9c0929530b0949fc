package dev.leakhunt.analyzer.diagnosis.model;

/**
 * One step of a reference path from a sampled object towards its GC root.
 *
 * @param kind what the step is
 * @param className Java source name of the sampled object's class ({@link Kind#OBJECT}), of the
 *     object whose field or slot refers onwards ({@link Kind#FIELD}, {@link Kind#ARRAY}), or of the
 *     class declaring the static field ({@link Kind#STATIC_FIELD}); run-to-run parts of generated
 *     names removed ({@link JvmClassNames#stableName}); null for {@link Kind#SKIPPED}
 * @param field the field's name, or null for objects, array slots and skipped links
 */
public record PathLink(Kind kind, String className, String field) {
  /** What stands between two steps of a path's text: {@code byte[] <- Order.payload}. */
  public static final String LINK = " <- ";

  /** What a static field's step starts with: {@code static Store.ORDERS}. */
  public static final String STATIC = "static ";

  /** What a step of a reference path is. */
  public enum Kind {
    /** The sampled object itself, first in a path. */
    OBJECT,
    /** An instance field of {@code className} refers to the previous step. */
    FIELD,
    /**
     * A slot of an array of type {@code className} refers to the previous step (index left out).
     */
    ARRAY,
    /** A static field of {@code className}: the root that matters. */
    STATIC_FIELD,
    /** Links JFR left out of a long chain. */
    SKIPPED
  }

  /** The step as the paths print it: {@code Owner.field}, {@code Object[]}, {@code static X.f}. */
  public String text() {
    return switch (kind) {
      case OBJECT, ARRAY -> JvmClassNames.simpleName(className);
      case FIELD -> JvmClassNames.simpleName(className) + "." + field;
      case STATIC_FIELD -> STATIC + JvmClassNames.simpleName(className) + "." + field;
      case SKIPPED -> "...";
    };
  }

  /** The step with its full class name and no array index or address: what a fingerprint hashes. */
  public String canonical() {
    return switch (kind) {
      case OBJECT, ARRAY -> className;
      case FIELD -> className + "." + field;
      case STATIC_FIELD -> STATIC + className + "." + field;
      case SKIPPED -> "...";
    };
  }

  /** Whether the step is owned by the application rather than the platform or generated code. */
  public boolean applicationOwned() {
    return className != null
        && !JvmClassNames.isPlatformClass(className)
        && !JvmClassNames.isGenerated(className);
  }
}
