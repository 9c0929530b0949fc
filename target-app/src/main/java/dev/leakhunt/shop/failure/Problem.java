package dev.leakhunt.shop.failure;

/**
 * What kind of client mistake a {@link ShopException} reports; the HTTP layer maps it to a status.
 */
public enum Problem {
  /** The request is malformed (bad JSON, missing field, bad paging value): 400. */
  BAD_REQUEST,
  /** The named resource does not exist: 404. */
  NOT_FOUND,
  /** The request conflicts with current state (out of stock, cart already checked out): 409. */
  CONFLICT,
  /** The request is well-formed but its values break a business rule (quantity 0): 422. */
  UNPROCESSABLE
}
