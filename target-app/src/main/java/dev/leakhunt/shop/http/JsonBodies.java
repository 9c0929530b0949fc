package dev.leakhunt.shop.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netty.buffer.ByteBufInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads request bodies as JSON objects and writes response bodies, with one shared Jackson mapper.
 * Field checks give messages that name the field, the rule and the value. A body is exactly one
 * object: {@code {...}{...}} or a field given twice is refused rather than half applied.
 */
final class JsonBodies {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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
   * @throws ApiError 415 unless the content type is application/json (parameters allowed, a charset
   *     only if UTF-8), 400 if the body is empty, not JSON, not an object, or followed by more
   */
  static JsonNode readObject(ApiRequest request) {
    requireJsonContentType(request.header("Content-Type"));
    if (request.body().readableBytes() == 0) {
      throw new ApiError(400, "request body must be a JSON object (got an empty body)");
    }
    JsonNode node;
    try (ByteBufInputStream in = new ByteBufInputStream(request.body().duplicate());
        JsonParser parser = MAPPER.createParser((InputStream) in)) {
      node = MAPPER.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        throw new ApiError(
            400, "malformed JSON: more content after the object (send exactly one JSON object)");
      }
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
   * Accepts {@code application/json}, in any case, with optional parameters ({@code ;
   * charset=utf-8}), and nothing else: not {@code application/jsonp}, not {@code
   * application/json-patch+json}, not another charset (RFC 8259: JSON is UTF-8).
   *
   * @throws ApiError 415 otherwise
   */
  static void requireJsonContentType(String contentType) {
    String problem = contentTypeProblem(contentType);
    if (problem != null) {
      throw new ApiError(
          415,
          "Content-Type must be application/json (got "
              + (contentType == null ? "none" : "'" + contentType + "'")
              + problem
              + ")");
    }
  }

  private static String contentTypeProblem(String contentType) {
    if (contentType == null) {
      return "";
    }
    String[] parts = contentType.split(";", -1);
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      return "";
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.isEmpty()) {
        continue;
      }
      int equals = parameter.indexOf('=');
      if (equals <= 0) {
        return "; parameter '" + parameter + "' is not name=value";
      }
      String name = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = parameter.substring(equals + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      if (name.equals("charset") && !value.equalsIgnoreCase("utf-8")) {
        return "; JSON is UTF-8, charset '" + value + "' is not";
      }
    }
    return null;
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
