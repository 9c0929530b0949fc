package dev.leakhunt.testkit;

import java.awt.image.BufferedImage;

/** Counts the pixels of a screenshot that show one colour, or one kind of colour. */
public final class Pixels {
  private Pixels() {}

  /** How many pixels are within {@code tolerance} of {@code rgb} (0xRRGGBB) in every channel. */
  public static long count(BufferedImage image, int rgb, int tolerance) {
    return countWhere(
        image,
        (r, g, b) ->
            Math.abs(r - ((rgb >> 16) & 0xff)) <= tolerance
                && Math.abs(g - ((rgb >> 8) & 0xff)) <= tolerance
                && Math.abs(b - (rgb & 0xff)) <= tolerance);
  }

  /** How many pixels are clearly blue (the samples' colour, however blended with white). */
  public static long blue(BufferedImage image) {
    return countWhere(image, (r, g, b) -> b > r + 80 && b > g + 40);
  }

  /** A test of one pixel's channels, 0-255 each. */
  public interface ColourTest {
    boolean matches(int r, int g, int b);
  }

  public static long countWhere(BufferedImage image, ColourTest test) {
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (test.matches((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff)) {
          count++;
        }
      }
    }
    return count;
  }
}
