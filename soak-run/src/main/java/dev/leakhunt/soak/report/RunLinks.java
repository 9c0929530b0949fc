package dev.leakhunt.soak.report;

/**
 * A link on the run's index page.
 *
 * @param label what the file is
 * @param relativePath path from the run folder, with forward slashes
 */
public record RunLinks(String label, String relativePath) {}
