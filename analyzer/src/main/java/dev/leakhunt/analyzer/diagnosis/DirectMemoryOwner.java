package dev.leakhunt.analyzer.diagnosis;

/**
 * Who owns the growing direct memory, when it can be known.
 *
 * @param known whether an owner was found
 * @param owner the buffer class or application frame that holds the buffers, or null
 * @param explanation how the owner was found, or why it cannot be known
 */
public record DirectMemoryOwner(boolean known, String owner, String explanation) {}
