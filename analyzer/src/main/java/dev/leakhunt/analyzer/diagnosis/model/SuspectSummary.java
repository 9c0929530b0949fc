package dev.leakhunt.analyzer.diagnosis.model;

import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.Units;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Says the top suspects in one sentence, for the verdict's reason and the progress line. */
public final class SuspectSummary {
  /** Suspects named in the sentence; the report and verdict.json list them all. */
  public static final int NAMED = 3;

  private SuspectSummary() {}

  /**
   * {@code "Top suspects: com.shop.Cart +41.2 MiB/h held by static CartStore.CARTS, allocated at
   * com.shop.CartService.create:40; ..."} (a heap suspect with a leak trace), {@code "threads
   * mailer-# +180 threads/h (stuck in ...)"}, or an empty string when there are none.
   */
  public static String sentence(List<Suspect> suspects) {
    if (suspects.isEmpty()) {
      return "";
    }
    // byte[] is never the answer: once an application class is named, a JDK class or array with
    // no trace to its owner (JFR off, say) only repeats that owner's contents; it stays in the
    // report and verdict.json.
    boolean ownerNamed =
        suspects.stream().anyMatch(s -> isHeapClass(s) && !JvmClassNames.isPlatformClass(s.name()));
    return "Top suspects: "
        + suspects.stream()
            .filter(s -> !ownerNamed || !isBareContents(s))
            .limit(NAMED)
            .map(SuspectSummary::phrase)
            .collect(Collectors.joining("; "))
        + ".";
  }

  private static boolean isHeapClass(Suspect s) {
    return s.kind() == SuspectKind.HEAP_CLASS;
  }

  /** A JDK class or array on the heap that no trace ties to an owner. */
  private static boolean isBareContents(Suspect s) {
    return isHeapClass(s) && s.trace() == null && JvmClassNames.isPlatformClass(s.name());
  }

  private static String phrase(Suspect s) {
    StringBuilder text = new StringBuilder(s.name());
    if (s.growthPerHour() != null) {
      text.append(' ').append(rate(s.growthPerHour(), s.growthUnit()));
    }
    if (s.kind() == SuspectKind.THREAD_GROUP && s.growthPerHour() != null) {
      text.setLength(0);
      text.append("threads ")
          .append(s.name())
          .append(' ')
          .append(rate(s.growthPerHour(), "threads"));
    }
    if (s.kind() == SuspectKind.CLASS_LOADER && s.instancesPerHour() != null) {
      text.append(String.format(Locale.ROOT, ", %+,.0f loaders/h", s.instancesPerHour()));
    }
    if (s.trace() != null) {
      // The owner class, where it piles up and the line that adds it: what a reader acts on.
      text.append(" held by ").append(s.trace().accumulationPoint());
      if (s.applicationFrame() != null) {
        text.append(", allocated at ").append(s.applicationFrame());
      }
      return text.toString();
    }
    if (s.applicationFrame() != null && !s.applicationFrame().equals(s.name())) {
      text.append(" (")
          .append(s.applicationFrameRole().phrase())
          .append(' ')
          .append(s.applicationFrame())
          .append(')');
    }
    return text.toString();
  }

  private static String rate(double perHour, String unit) {
    String sign = perHour >= 0 ? "+" : "-";
    return Units.BYTES.equals(unit)
        ? sign + Figures.bytes((long) Math.abs(perHour)) + "/h"
        : String.format(Locale.ROOT, "%s%,.0f %s/h", sign, Math.abs(perHour), unit);
  }
}
