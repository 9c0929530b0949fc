package dev.leakhunt.testkit;

/**
 * A child for {@link ChildJvmTest}: prints its arguments as lines, except {@code exit=N} (exits
 * with N), {@code err=TEXT} (prints TEXT on stderr) and {@code sleep=MS}; then lives at most 60 s.
 */
public final class ScriptedProgram {
  private ScriptedProgram() {}

  public static void main(String[] args) throws InterruptedException {
    for (String arg : args) {
      if (arg.startsWith("exit=")) {
        System.exit(Integer.parseInt(arg.substring(5)));
      } else if (arg.startsWith("err=")) {
        System.err.println(arg.substring(4));
      } else if (arg.startsWith("sleep=")) {
        Thread.sleep(Long.parseLong(arg.substring(6)));
      } else {
        System.out.println(arg);
      }
    }
    System.out.flush();
    Thread.sleep(60_000);
  }
}
