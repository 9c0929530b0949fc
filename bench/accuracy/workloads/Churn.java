import corpus.Harness;

/** Clean: only the request thread's short-lived garbage. Arguments: seed. */
public final class Churn {
  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("Churn", args);
    harness.note("clean: request churn only");
    harness.serve();
  }
}
