package dev.leakhunt.shop.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBufInputStream;
import java.io.IOException;

/**
 * Reads request bodies as JSON objects and writes response bodies, with one shared Jackson mapper.
 * Field checks give messages that name the field, the rule and the value.
 */
final class JsonBodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonBodies() {}

  static byte[] write(Object body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + body.getClass().getSimpleName(), e);
    }
  }

  /**
   * Parses the body as one JSON object.
   *
   * @throws ApiError 415 unless the content type is application/json, 400 if the body is empty, not
   *     JSON, or not an object
   */
  static JsonNode readObject(ApiRequest request) {
    String contentType = request.header("Content-Type");
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      throw new ApiError(
          415,
          "Content-Type must be application/json (got "
              + (contentType == null ? "none" : "'" + contentType + "'")
              + ")");
    }
    if (request.body().readableBytes() == 0) {
      throw new ApiError(400, "request body must be a JSON object (got an empty body)");
    }
    JsonNode node;
    try (ByteBufInputStream in = new ByteBufInputStream(request.body().duplicate())) {
      node = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new ApiError(400, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ApiError(400, "unreadable request body: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new ApiError(400, "request body must be a JSON object");
    }
    return node;
  }

  /**
   * Reads a required integral field.
   *
   * @throws ApiError 400 if missing or not an integer
   */
  static JsonNode requiredInteger(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      throw new ApiError(400, "field '" + field + "' is required");
    }
    if (!value.isIntegralNumber()) {
      throw new ApiError(400, "field '" + field + "' must be an integer (got " + value + ")");
    }
    return value;
  }

  /**
   * Reads a required string field.
   *
   * @throws ApiError 400 if missing or not a string
   */
  static String requiredString(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      throw new ApiError(400, "field '" + field + "' is required");
    }
    if (!value.isTextual()) {
      throw new ApiError(400, "field '" + field + "' must be a string (got " + value + ")");
    }
    return value.textValue();
  }
}
