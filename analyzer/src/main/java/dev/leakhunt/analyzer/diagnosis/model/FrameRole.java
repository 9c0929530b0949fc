package dev.leakhunt.analyzer.diagnosis.model;

/**
 * What a suspect's application frame is: the line that allocates, defines or opens what leaks, the
 * line that starts the leaking threads, or where those threads wait.
 */
public enum FrameRole {
  ALLOCATES("allocated at"),
  DEFINES("defined at"),
  OPENS("opened at"),
  STARTS("started at"),
  WAITS("stuck in");

  private final String phrase;

  FrameRole(String phrase) {
    this.phrase = phrase;
  }

  /** How a sentence introduces the frame, e.g. {@code "started at"}. */
  public String phrase() {
    return phrase;
  }

  /**
   * The role of a frame recorded without one (a {@code verdict.json} written before the role was):
   * a thread group's frame is where its threads wait unless its evidence says where they started.
   */
  static FrameRole inferred(SuspectKind kind, String evidence, String applicationFrame) {
    return switch (kind) {
      case THREAD_GROUP ->
          evidence != null && evidence.contains(STARTS.phrase + " " + applicationFrame)
              ? STARTS
              : WAITS;
      case CLASS_DEFINITION -> DEFINES;
      case DESCRIPTOR -> OPENS;
      default -> ALLOCATES;
    };
  }
}
