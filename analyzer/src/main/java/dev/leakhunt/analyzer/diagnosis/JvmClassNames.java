package dev.leakhunt.analyzer.diagnosis;

/** Turns the JVM's internal class names into the names a Java reader knows. */
public final class JvmClassNames {
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
   * platform classes) rather than to the application or its libraries.
   */
  public static boolean isPlatformClass(String sourceName) {
    String element = sourceName.replace("[]", "");
    if (!element.contains(".")) {
      return true; // primitives and primitive arrays
    }
    return element.startsWith("java.")
        || element.startsWith("javax.")
        || element.startsWith("jdk.")
        || element.startsWith("sun.")
        || element.startsWith("com.sun.");
  }
}
