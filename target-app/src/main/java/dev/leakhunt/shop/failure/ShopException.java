package dev.leakhunt.shop.failure;

/**
 * A client mistake detected by the shop's domain code; its message is sent to the client verbatim,
 * so it states the rule, the offending value and the fix.
 */
public class ShopException extends RuntimeException {
  private final Problem problem;

  /** Creates an exception of the given kind with a client-facing message. */
  public ShopException(Problem problem, String message) {
    super(message, null, false, false);
    this.problem = problem;
  }

  /** The kind of mistake, which decides the HTTP status. */
  public Problem problem() {
    return problem;
  }
}
