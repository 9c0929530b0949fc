package dev.leakhunt.shop.http;

/**
 * A protocol-level client mistake (wrong content type, malformed JSON, bad path value) with the
 * HTTP status to answer and a client-facing message that says what was wrong.
 */
final class ApiError extends RuntimeException {
  private final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
