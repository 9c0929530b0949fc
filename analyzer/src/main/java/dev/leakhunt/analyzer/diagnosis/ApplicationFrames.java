package dev.leakhunt.analyzer.diagnosis;

import java.util.List;

/** Picks the frame of a stack that points at the application's code. */
public final class ApplicationFrames {
  private ApplicationFrames() {}

  /**
   * The innermost frame outside the Java platform, skipping constructors and static initializers
   * when an application caller follows (the caller says who allocated); null when every frame is
   * the platform's.
   *
   * @param stack frames innermost first, each starting with {@code class.method}
   */
  public static String of(List<String> stack) {
    String firstApplicationFrame = null;
    for (String frame : stack) {
      if (JvmClassNames.isPlatformClass(className(frame))) {
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

  private static String className(String frame) {
    int paren = frame.indexOf('(');
    String qualifiedMethod = paren < 0 ? frame : frame.substring(0, paren);
    int colon = qualifiedMethod.indexOf(':');
    if (colon >= 0) {
      qualifiedMethod = qualifiedMethod.substring(0, colon);
    }
    int lastDot = qualifiedMethod.lastIndexOf('.');
    return lastDot < 0 ? qualifiedMethod : qualifiedMethod.substring(0, lastDot);
  }
}
