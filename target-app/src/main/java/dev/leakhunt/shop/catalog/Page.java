package dev.leakhunt.shop.catalog;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the entries on this page, possibly empty past the last page
 * @param page 1-based page number
 * @param size requested page size
 * @param totalItems number of entries across all pages
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {}
