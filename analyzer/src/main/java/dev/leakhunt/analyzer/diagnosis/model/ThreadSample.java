package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * One live thread of the target at one moment.
 *
 * @param name the thread's name
 * @param state its {@link Thread.State} name, e.g. {@code WAITING}
 * @param stackFrames its stack, innermost frame first, as {@code class.method(File.java:line)}
 */
public record ThreadSample(String name, String state, List<String> stackFrames) {
  public ThreadSample {
    stackFrames = List.copyOf(stackFrames);
  }
}
