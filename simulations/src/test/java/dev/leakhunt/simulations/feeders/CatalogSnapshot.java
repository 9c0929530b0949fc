package dev.leakhunt.simulations.feeders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the feeders need to know about the shop's catalog, read once before the load starts: the
 * category names and the number of products (ids run 1..productCount).
 *
 * @param categories category names as {@code GET /categories} lists them
 * @param productCount number of products, from {@code totalItems} of a one-item listing
 */
public record CatalogSnapshot(List<String> categories, long productCount) {

  /** Requires at least one category and one product: an empty catalog cannot be shopped. */
  public CatalogSnapshot {
    categories = List.copyOf(categories);
    if (categories.isEmpty() || productCount < 1) {
      throw new IllegalStateException(
          "the shop's catalog is empty ("
              + categories.size()
              + " categories, "
              + productCount
              + " products); start it with --products 1 or more");
    }
  }

  /**
   * Reads the snapshot from a running shop.
   *
   * @throws IllegalStateException naming the URL when the shop does not answer as the API says
   */
  public static CatalogSnapshot fetch(String baseUrl) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectMapper json = new ObjectMapper();
    JsonNode categoryNodes = get(client, json, baseUrl + "/categories");
    List<String> categories = new ArrayList<>();
    categoryNodes.forEach(node -> categories.add(node.asText()));
    JsonNode page = get(client, json, baseUrl + "/products?page=1&size=1");
    return new CatalogSnapshot(categories, page.path("totalItems").asLong(0));
  }

  private static JsonNode get(HttpClient client, ObjectMapper json, String url) {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET " + url + " answered " + response.statusCode() + ", expected 200");
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the catalog from " + url + " (" + e + "); is the shop running there?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + url, e);
    }
  }
}
