package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.DescriptorGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.FrameRole;
import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names a descriptor leak by what is open: the path or socket kind whose descriptors grew on a
 * local target, with the opening stack when JFR happened to sample one of the objects that hold
 * such descriptors. JDK 17's JFR records no open event for files or sockets ({@code jdk.FileRead}
 * and {@code jdk.SocketRead} show reads, not opens), so the opening line is often unknown.
 */
final class DescriptorSuspects {
  private static final int MAX_SUSPECTS = 3;

  /** Classes whose objects own a descriptor: their allocation is the opening call. */
  private static final Set<String> DESCRIPTOR_HOLDERS =
      Set.of(
          "java.io.FileInputStream",
          "java.io.FileOutputStream",
          "java.io.RandomAccessFile",
          "java.io.FileDescriptor",
          "sun.nio.ch.FileChannelImpl",
          "java.net.Socket",
          "java.net.ServerSocket",
          "sun.nio.ch.NioSocketImpl",
          "sun.nio.ch.SocketChannelImpl",
          "sun.nio.ch.ServerSocketChannelImpl");

  private final SuspectCriteria criteria;

  DescriptorSuspects(SuspectCriteria criteria) {
    this.criteria = criteria;
  }

  /**
   * @param descriptors descriptor kinds that grew, or null when the table could not be read
   * @param groups JFR old-object groups, or null
   */
  List<Suspect> rank(
      String resource, List<DescriptorGroupGrowth> descriptors, List<OldObjectGroup> groups) {
    if (descriptors == null) {
      return List.of();
    }
    OldObjectGroup opener =
        groups == null
            ? null
            : SampleTriage.candidates(groups).stream()
                .filter(g -> DESCRIPTOR_HOLDERS.contains(g.objectType()))
                .filter(g -> g.applicationFrame() != null)
                .findFirst()
                .orElse(null);
    List<Suspect> suspects = new ArrayList<>();
    for (DescriptorGroupGrowth g : descriptors) {
      if (suspects.size() == MAX_SUSPECTS || g.countGrowth() < criteria.minDescriptorGrowth()) {
        break;
      }
      // A sampled holder's line is the opening line for a file only if the leak is files.
      boolean opened = opener != null && suspects.isEmpty() && matches(g.pattern(), opener);
      Suspect.Builder suspect =
          Suspect.builder(suspects.size() + 1, SuspectKind.DESCRIPTOR, g.pattern(), resource)
              .growth(g.perHour(), "descriptors")
              .instancesPerHour(g.perHour())
              .evidence(
                  String.format(
                          "open descriptors on %s grew from %,d to %,d (%,.0f/h); ",
                          g.pattern(), g.countBefore(), g.countAfter(), g.perHour())
                      + (opened
                          ? "JFR sampled a "
                              + JvmClassNames.simpleName(opener.objectType())
                              + " opened at "
                              + opener.applicationFrame()
                              + ", held by "
                              + opener.referencePath()
                          : "the opening stack is not known: JDK 17's JFR records no file or socket"
                              + " open event and sampled no object holding such a descriptor"));
      if (opened) {
        suspect
            .applicationFrame(FrameRole.OPENS, opener.applicationFrame())
            .stack(opener.allocationStack())
            .heldBy(opener.referencePath(), opener.gcRoot());
      }
      suspects.add(suspect.build());
    }
    return suspects;
  }

  private static boolean matches(String pattern, OldObjectGroup holder) {
    boolean file = pattern.startsWith("/");
    boolean fileHolder =
        holder.objectType().startsWith("java.io.") || holder.objectType().contains("FileChannel");
    return file == fileHolder;
  }
}
