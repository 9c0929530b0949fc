package dev.leakhunt.shop.http;

/** Handles one route's requests; may throw {@code ShopException} or {@link ApiError}. */
@FunctionalInterface
interface Endpoint {
  ApiResponse handle(ApiRequest request);
}
