package dev.leakhunt.shop.leaks;

/**
 * One product a visitor looked at, for the "recently viewed" strip.
 *
 * @param visitorKey who viewed it
 * @param productId the product
 * @param productName its name, for rendering without a catalog lookup
 * @param viewedAtMs when, epoch milliseconds
 */
public record RecentlyViewedEntry(
    String visitorKey, long productId, String productName, long viewedAtMs) {}
