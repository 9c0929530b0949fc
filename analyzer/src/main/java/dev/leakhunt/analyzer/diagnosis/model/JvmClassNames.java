package dev.leakhunt.analyzer.diagnosis.model;

import java.util.Set;
import java.util.regex.Pattern;

/** Turns the JVM's internal class names into the names a Java reader knows. */
public final class JvmClassNames {
  private static final Set<String> PRIMITIVES =
      Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

  /** JFR writes a hidden class as {@code Name+0x<address>.<hash>}, the JVM as {@code Name/0x..}. */
  private static final Pattern HIDDEN_SUFFIX =
      Pattern.compile("(?:\\+0x\\p{XDigit}+(?:\\.\\d+)?|/0x\\p{XDigit}+)");

  private static final Pattern LAMBDA_NUMBER = Pattern.compile("\\$\\$Lambda\\$\\d+");

  private JvmClassNames() {}

  /**
   * The source form of a JVM class name: {@code [B} becomes {@code byte[]}, {@code
   * [[Ljava.lang.String;} becomes {@code java.lang.String[][]}; other names are returned as they
   * are.
   */
  public static String toSourceName(String jvmName) {
    int dimensions = 0;
    while (dimensions < jvmName.length() && jvmName.charAt(dimensions) == '[') {
      dimensions++;
    }
    if (dimensions == 0) {
      return jvmName;
    }
    String element = jvmName.substring(dimensions);
    String base =
        switch (element) {
          case "B" -> "byte";
          case "C" -> "char";
          case "D" -> "double";
          case "F" -> "float";
          case "I" -> "int";
          case "J" -> "long";
          case "S" -> "short";
          case "Z" -> "boolean";
          default ->
              element.startsWith("L") && element.endsWith(";")
                  ? element.substring(1, element.length() - 1)
                  : element;
        };
    return base + "[]".repeat(dimensions);
  }

  /**
   * The name without its package: {@code java.util.HashMap$Node[]} becomes {@code HashMap$Node[]}.
   */
  public static String simpleName(String sourceName) {
    return sourceName.substring(sourceName.lastIndexOf('.') + 1);
  }

  /**
   * Whether the class belongs to the Java platform (JDK packages, primitive arrays and arrays of
   * platform classes) rather than to the application or its libraries. A name without a package is
   * an application class in the unnamed package ({@code Workload$Record}), unless it is a primitive
   * or a JVM pseudo-name in angle brackets ({@code <boot class loader>}).
   */
  public static boolean isPlatformClass(String sourceName) {
    String element = sourceName.replace("[]", "");
    if (PRIMITIVES.contains(element) || element.startsWith("<")) {
      return true;
    }
    return element.startsWith("java.")
        || element.startsWith("javax.")
        || element.startsWith("jdk.")
        || element.startsWith("sun.")
        || element.startsWith("com.sun.");
  }

  /**
   * Whether the class was generated at run time rather than written: lambdas, hidden classes,
   * dynamic proxies, reflection accessors, byte-code generated subclasses. Its frames are not the
   * line that allocated, and its name changes from run to run.
   */
  public static boolean isGenerated(String name) {
    if (hasHiddenSuffix(name)) {
      return true;
    }
    String simple = simpleName(withoutHiddenSuffix(name));
    return simple.contains("$$Lambda")
        || simple.startsWith("$Proxy")
        || simple.contains("$$EnhancerBy")
        || simple.contains("$$FastClassBy")
        || simple.contains("$$SpringCGLIB$$")
        || simple.contains("$HibernateProxy$")
        || simple.contains("$ByteBuddy$")
        || simple.startsWith("GeneratedMethodAccessor")
        || simple.startsWith("GeneratedConstructorAccessor")
        || simple.startsWith("GeneratedSerializationConstructorAccessor")
        || simple.startsWith("LambdaForm$");
  }

  /**
   * The name without the parts that change from run to run: a hidden class's address ({@code
   * Foo/0x0000000800c0a000} in histograms, {@code Foo+0x00007f1f4c0c3000.1427810650} in JFR) and a
   * lambda's number ({@code Workload$$Lambda$116} becomes {@code Workload$$Lambda}).
   */
  public static String stableName(String name) {
    return LAMBDA_NUMBER.matcher(withoutHiddenSuffix(name)).replaceAll("\\$\\$Lambda");
  }

  /** Whether the name is a primitive type's, e.g. {@code byte}. */
  public static boolean isPrimitive(String name) {
    return PRIMITIVES.contains(name);
  }

  /** Whether the name (or a frame) holds a hidden class's address suffix. */
  public static boolean hasHiddenSuffix(String name) {
    return HIDDEN_SUFFIX.matcher(name).find();
  }

  /** The name without a hidden class's address suffix. */
  static String withoutHiddenSuffix(String name) {
    return HIDDEN_SUFFIX.matcher(name).replaceAll("");
  }
}
