package dev.leakhunt.analyzer.diagnosis.parse;

import dev.leakhunt.analyzer.diagnosis.model.ApplicationFrames;
import java.util.List;

/**
 * The watched application's own packages, known from its main class. A stack often runs through a
 * library between the JDK and the application (Groovy compiling a script, Netty writing a buffer):
 * the first frame outside the JDK is then the library's, while the line to fix is the application's
 * call into it. Without known packages every non-JDK frame counts as the application's.
 *
 * @param packages package prefixes of the application's code; {@code ""} is the unnamed package
 */
public record ApplicationCode(List<String> packages) {
  /** Nothing known: the first frame outside the JDK is taken as the application's. */
  public static final ApplicationCode UNKNOWN = new ApplicationCode(List.of());

  public ApplicationCode {
    packages = List.copyOf(packages);
  }

  /**
   * The code of a main class's package and its subpackages: {@code dev.acme.shop.Main} makes {@code
   * dev.acme.shop}; a class of the unnamed package makes the unnamed package.
   *
   * @param mainClass binary name of the main class, or null when unknown
   */
  public static ApplicationCode ofMainClass(String mainClass) {
    if (mainClass == null || mainClass.isBlank()) {
      return UNKNOWN;
    }
    int lastDot = mainClass.lastIndexOf('.');
    return new ApplicationCode(List.of(lastDot < 0 ? "" : mainClass.substring(0, lastDot)));
  }

  /**
   * The frame that names the application's line: the innermost one in the application's packages,
   * by the rules of {@link ApplicationFrames#of}; when no frame is, the innermost outside the JDK.
   *
   * @param stack frames innermost first
   */
  public String frame(List<String> stack) {
    String own = ApplicationFrames.of(stack.stream().filter(this::isOwnFrame).toList());
    return own != null ? own : ApplicationFrames.of(stack);
  }

  /**
   * The first {@code depth} frames of a stack, or more, down to the frame {@link #frame} names, so
   * a stored stack always shows the line it is named by.
   */
  public List<String> shown(List<String> stack, int depth) {
    String named = frame(stack);
    int needed = named == null ? 0 : stack.indexOf(named) + 1;
    return List.copyOf(stack.subList(0, Math.min(stack.size(), Math.max(depth, needed))));
  }

  private boolean isOwnFrame(String frame) {
    if (packages.isEmpty() || !ApplicationFrames.isApplicationFrame(frame)) {
      return false;
    }
    String className = ApplicationFrames.className(frame);
    int lastDot = className.lastIndexOf('.');
    String classPackage = lastDot < 0 ? "" : className.substring(0, lastDot);
    return packages.stream()
        .anyMatch(
            p ->
                p.isEmpty()
                    ? classPackage.isEmpty()
                    : classPackage.equals(p) || classPackage.startsWith(p + "."));
  }
}
