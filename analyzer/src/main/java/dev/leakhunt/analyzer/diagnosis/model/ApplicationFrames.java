package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/** Picks the frame of a stack that points at the application's code. */
public final class ApplicationFrames {
  private ApplicationFrames() {}

  /**
   * The innermost frame in the application's own source: outside the Java platform, not in a
   * generated class (a lambda's {@code $$Lambda$116+0x...run}, a {@code $Proxy}, a reflection
   * accessor: their frames name no line anyone wrote), skipping constructors and static
   * initializers when an application caller follows (the caller says who allocated); null when
   * every frame is the platform's or generated. Classes of the unnamed package count as the
   * application's.
   *
   * @param stack frames innermost first, each starting with {@code class.method}
   */
  public static String of(List<String> stack) {
    String firstApplicationFrame = null;
    for (String frame : stack) {
      if (!isApplicationFrame(frame)) {
        continue;
      }
      if (firstApplicationFrame == null) {
        firstApplicationFrame = frame;
      }
      if (!frame.contains(".<init>") && !frame.contains(".<clinit>")) {
        return frame;
      }
    }
    return firstApplicationFrame;
  }

  /** Whether the frame is in the application's written code (not the platform's, not generated). */
  public static boolean isApplicationFrame(String frame) {
    if (JvmClassNames.hasHiddenSuffix(frame)) {
      return false;
    }
    String className = className(frame);
    return !JvmClassNames.isPlatformClass(className) && !JvmClassNames.isGenerated(className);
  }

  /** The class of a frame, {@code class.method:line} or {@code class.method(File.java:line)}. */
  public static String className(String frame) {
    int paren = frame.indexOf('(');
    String qualifiedMethod = paren < 0 ? frame : frame.substring(0, paren);
    int colon = qualifiedMethod.indexOf(':');
    if (colon >= 0) {
      qualifiedMethod = qualifiedMethod.substring(0, colon);
    }
    // A hidden class's JFR name holds dots of its own (Foo+0x7f..00.1427810650): drop them first.
    qualifiedMethod = JvmClassNames.withoutHiddenSuffix(qualifiedMethod);
    int lastDot = qualifiedMethod.lastIndexOf('.');
    return lastDot < 0 ? qualifiedMethod : qualifiedMethod.substring(0, lastDot);
  }
}
