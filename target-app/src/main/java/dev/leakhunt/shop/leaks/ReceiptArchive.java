package dev.leakhunt.shop.leaks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses every receipt a customer reads into the order archive (gzip), and the {@code
 * unclosed-gzip} bug.
 *
 * <p>Clean: each receipt goes through a {@link GZIPOutputStream} closed by try-with-resources;
 * closing ends its {@code Deflater}, which frees zlib's state at once. The bug: the archive keeps
 * each receipt's stream open in {@code openStreamsByKey}, finished but never closed, meaning to
 * append refunds and delivery notes to the same gzip member later (nothing ever does). Every such
 * stream holds its deflater's zlib state, malloc'ed by zlib outside the Java heap: about 256 KiB
 * reserved, of which some 90 KiB becomes resident for a receipt-sized input (measured), against
 * about 1 KiB of heap. The JDK's cleaner would end an unreachable deflater, but the map keeps every
 * one reachable. The memory shows in the process's resident set only: Native Memory Tracking does
 * not count zlib's own mallocs. {@code --leak-amplify N} keeps N streams per receipt.
 */
public final class ReceiptArchive {
  private final boolean leaky;
  private final int streamsPerReceipt;
  private final Map<String, GZIPOutputStream> openStreamsByKey = new ConcurrentHashMap<>();
  private final AtomicLong archived = new AtomicLong();

  /** Creates the archive for these settings. */
  public ReceiptArchive(LeakSettings settings) {
    this.leaky = settings.isOn(LeakScenario.UNCLOSED_GZIP);
    this.streamsPerReceipt = settings.amplify();
  }

  /**
   * Compresses one receipt into the archive.
   *
   * @return the compressed size, bytes
   */
  public int archive(String orderId, String receipt) {
    byte[] text = receipt.getBytes(StandardCharsets.UTF_8);
    try {
      if (!leaky) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
          gzip.write(text);
        }
        archived.incrementAndGet();
        return compressed.size();
      }
      int size = 0;
      for (int copy = 0; copy < streamsPerReceipt; copy++) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        GZIPOutputStream gzip = new GZIPOutputStream(compressed);
        gzip.write(text);
        gzip.finish(); // Writes the trailer, but only close() ends the deflater.
        openStreamsByKey.put(orderId + "#" + archived.incrementAndGet(), gzip);
        size = compressed.size();
      }
      return size;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // A ByteArrayOutputStream never throws.
    }
  }

  /** Streams held open, none when clean. */
  public int openStreams() {
    return openStreamsByKey.size();
  }

  /** Receipts compressed since start (times amplify when leaky). */
  public long archived() {
    return archived.get();
  }
}
