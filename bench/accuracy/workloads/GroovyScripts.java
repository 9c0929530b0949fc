import corpus.Harness;
import groovy.lang.GroovyShell;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A class leak through a real library: one shared GroovyShell evaluates a new pricing rule every
 * 0.2 s; every evaluation compiles a new script class that the shell's loader keeps. Arguments:
 * seed, scripts per second.
 */
public final class GroovyScripts {
  static final GroovyShell SHELL = new GroovyShell();
  static final AtomicLong EVALUATED = new AtomicLong();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("GroovyScripts", args);
    double perSecond = harness.arg(1, 5);
    long periodMs = (long) (1000 / perSecond);
    harness.note("nominal " + perSecond * 3600 + " script classes/h (one class per script)");
    harness.retained(EVALUATED::get);
    harness.every(periodMs, () -> evaluate(EVALUATED.incrementAndGet()));
    harness.serve();
  }

  static Object evaluate(long rule) {
    String script = "def price = " + rule + " * 3\nreturn price + 1";
    return SHELL.evaluate(script); // LEAK-SITE
  }
}
