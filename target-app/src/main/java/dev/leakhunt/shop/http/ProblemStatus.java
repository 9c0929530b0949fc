package dev.leakhunt.shop.http;

import dev.leakhunt.shop.failure.Problem;

/** Maps a domain {@link Problem} to its HTTP status code. */
final class ProblemStatus {
  private ProblemStatus() {}

  static int of(Problem problem) {
    return switch (problem) {
      case BAD_REQUEST -> 400;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
    };
  }
}
