package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * The open file descriptors of a local target at one moment, each described by what it points at.
 *
 * @param takenAtMs when the table was read, ms since the epoch
 * @param descriptors one description per open descriptor: a path ({@code /var/log/app.log}), a
 *     socket ({@code tcp 127.0.0.1:5432 ESTABLISHED}, {@code unix /run/x.sock}), {@code pipe} or an
 *     anonymous inode ({@code anon_inode:[eventpoll]})
 */
public record DescriptorSnapshot(long takenAtMs, List<String> descriptors) {
  public DescriptorSnapshot {
    descriptors = List.copyOf(descriptors);
  }
}
