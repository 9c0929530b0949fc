package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * One named cause of a leak, with the evidence that points at the code. Built with {@link
 * #builder}.
 *
 * @param rank 1 for the strongest suspect of its kind, then 2, 3, ...
 * @param kind what the suspect is
 * @param name the class, thread name pattern or loader type
 * @param resource the judged resource it explains, e.g. {@code heap.live}
 * @param growthPerHour growth attributed to it per hour in {@code growthUnit}, or null when only
 *     sampled (JFR without histograms)
 * @param growthUnit {@code bytes}, {@code threads}, {@code loaders} or {@code buffers}
 * @param instancesPerHour object (or thread, loader) count growth per hour, or null when unknown
 * @param evidence one sentence with the figures that make it a suspect
 * @param applicationFrame the frame in the application's code that allocated or runs it, or null
 * @param applicationFrameRole what {@code applicationFrame} is (the allocating, defining or opening
 *     line, the line starting the threads or where they wait); null when there is no frame
 * @param stack the allocation stack (heap) or the thread's stack (threads), innermost frame first;
 *     empty when unknown
 * @param referencePath path from a sampled object to its GC root (JFR), or null when unknown
 * @param gcRoot the GC root that path ends at, or null when unknown
 * @param trace for a heap leak, the leak trace from the GC root through the accumulation point to
 *     the owner class, with its fingerprint; null when no JFR sample showed what holds it
 */
public record Suspect(
    int rank,
    SuspectKind kind,
    String name,
    String resource,
    Double growthPerHour,
    String growthUnit,
    Double instancesPerHour,
    String evidence,
    String applicationFrame,
    FrameRole applicationFrameRole,
    List<String> stack,
    String referencePath,
    String gcRoot,
    LeakTrace trace) {
  public Suspect {
    stack = List.copyOf(stack);
    if (applicationFrame == null) {
      applicationFrameRole = null;
    } else if (applicationFrameRole == null) {
      applicationFrameRole = FrameRole.inferred(kind, evidence, applicationFrame);
    }
  }

  /**
   * A suspect of {@code kind} named {@code name}, explaining {@code resource}, ranked {@code rank}.
   */
  public static Builder builder(int rank, SuspectKind kind, String name, String resource) {
    return new Builder(rank, kind, name, resource);
  }

  /** Collects a suspect's optional parts; what is not set stays unknown (null, or no stack). */
  public static final class Builder {
    private final int rank;
    private final SuspectKind kind;
    private final String name;
    private final String resource;
    private Double growthPerHour;
    private String growthUnit;
    private Double instancesPerHour;
    private String evidence;
    private String applicationFrame;
    private FrameRole applicationFrameRole;
    private List<String> stack = List.of();
    private String referencePath;
    private String gcRoot;
    private LeakTrace trace;

    private Builder(int rank, SuspectKind kind, String name, String resource) {
      this.rank = rank;
      this.kind = kind;
      this.name = name;
      this.resource = resource;
    }

    /** Growth per hour in {@code unit}, null when only sampled. */
    public Builder growth(Double perHour, String unit) {
      this.growthPerHour = perHour;
      this.growthUnit = unit;
      return this;
    }

    public Builder instancesPerHour(Double perHour) {
      this.instancesPerHour = perHour;
      return this;
    }

    public Builder evidence(String sentence) {
      this.evidence = sentence;
      return this;
    }

    /** The application's line and what it is; a null frame leaves both unknown. */
    public Builder applicationFrame(FrameRole role, String frame) {
      this.applicationFrame = frame;
      this.applicationFrameRole = frame == null ? null : role;
      return this;
    }

    public Builder stack(List<String> frames) {
      this.stack = frames;
      return this;
    }

    /** The path from a sampled object to its GC root, and that root. */
    public Builder heldBy(String referencePath, String gcRoot) {
      this.referencePath = referencePath;
      this.gcRoot = gcRoot;
      return this;
    }

    public Builder trace(LeakTrace leakTrace) {
      this.trace = leakTrace;
      return this;
    }

    public Suspect build() {
      return new Suspect(
          rank,
          kind,
          name,
          resource,
          growthPerHour,
          growthUnit,
          instancesPerHour,
          evidence,
          applicationFrame,
          applicationFrameRole,
          stack,
          referencePath,
          gcRoot,
          trace);
    }
  }
}
