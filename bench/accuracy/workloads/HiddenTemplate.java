/** The bytes HiddenClassLeak and WarmupTail define again and again as hidden classes. */
public final class HiddenTemplate {
  private HiddenTemplate() {}

  public static int price(int cents) {
    return cents * 3 + 1;
  }
}
