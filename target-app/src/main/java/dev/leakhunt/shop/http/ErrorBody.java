package dev.leakhunt.shop.http;

/**
 * The JSON body of every error response.
 *
 * @param status the HTTP status code
 * @param error the status's reason phrase, e.g. "Not Found"
 * @param message what was wrong and how to fix it
 */
public record ErrorBody(int status, String error, String message) {}
