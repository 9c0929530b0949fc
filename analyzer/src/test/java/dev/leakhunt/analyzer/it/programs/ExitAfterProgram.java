package dev.leakhunt.analyzer.it.programs;

/** A stand-in for a load-test command: sleeps {@code args[0]} seconds, exits {@code args[1]}. */
public final class ExitAfterProgram {
  public static void main(String[] args) throws Exception {
    System.out.println("load test running for " + args[0] + " s");
    Thread.sleep(Long.parseLong(args[0]) * 1000);
    System.out.println("load test done, exit " + args[1]);
    System.exit(Integer.parseInt(args[1]));
  }
}
