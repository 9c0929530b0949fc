package dev.leakhunt.shop.http;

/**
 * What an endpoint answers: a status and a body that Jackson serializes.
 *
 * @param status HTTP status code
 * @param body object to serialize as JSON
 */
record ApiResponse(int status, Object body) {
  static ApiResponse ok(Object body) {
    return new ApiResponse(200, body);
  }

  static ApiResponse created(Object body) {
    return new ApiResponse(201, body);
  }
}
