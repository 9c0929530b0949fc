package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * Who owns the growing direct memory, when it can be known.
 *
 * @param known whether an owner was found
 * @param owner the buffer class or application frame that holds the buffers, or null
 * @param explanation how the owner was found, or why it cannot be known
 * @param allocatingFrame the application frame that allocated the sampled buffers, or null
 * @param referencePath what holds them, from a buffer to its GC root, or null
 * @param gcRoot the root that path ends at, or null
 * @param stack the buffers' allocation stack, innermost frame first; empty when not sampled
 */
public record DirectMemoryOwner(
    boolean known,
    String owner,
    String explanation,
    String allocatingFrame,
    String referencePath,
    String gcRoot,
    List<String> stack) {
  public DirectMemoryOwner {
    stack = stack == null ? List.of() : List.copyOf(stack);
  }

  /** An owner known without JFR samples, e.g. the buffer class that grew. */
  public static DirectMemoryOwner known(String owner, String explanation) {
    return new DirectMemoryOwner(true, owner, explanation, null, null, null, List.of());
  }

  /** No owner: {@code explanation} says why none can be known. */
  public static DirectMemoryOwner unknown(String explanation) {
    return new DirectMemoryOwner(false, null, explanation, null, null, null, List.of());
  }
}
