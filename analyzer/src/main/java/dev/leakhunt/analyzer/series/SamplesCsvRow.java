package dev.leakhunt.analyzer.series;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code samples.csv} and its text form: an RFC 4180 record {@code
 * timestampMs,resource,value} ending in CRLF, the resource quoted when it holds a comma, a quote or
 * a line break (MBean ObjectNames hold commas), so Python's {@code csv}, pandas and spreadsheets
 * read three fields per row.
 *
 * <p>Files written before quoting was introduced have unquoted resources with commas; a record of
 * more than three fields with no quoted field is read the old way, split on the first and the last
 * comma (values and timestamps never contain one).
 *
 * @param timestampMs when the value was read, ms since the epoch
 * @param resource the resource id, any text
 * @param value the value read, in the resource's unit
 */
public record SamplesCsvRow(long timestampMs, String resource, double value) {
  /** The header line of every samples file. */
  public static final String HEADER = "timestampMs,resource,value";

  /** RFC 4180's record separator. */
  static final String LINE_END = "\r\n";

  /** The row as one record, with its line end. */
  public String encode() {
    return timestampMs + "," + quote(resource) + "," + formatValue(value) + LINE_END;
  }

  /** The header as one record, with its line end. */
  static String encodedHeader() {
    return HEADER + LINE_END;
  }

  /**
   * Parses the fields of one record.
   *
   * @throws IllegalArgumentException when the record is not {@code timestampMs,resource,value}
   */
  public static SamplesCsvRow decode(Record record) {
    List<String> fields = record.fields();
    if (fields.size() < 3 || (fields.size() > 3 && record.quoted())) {
      throw new IllegalArgumentException("expected timestampMs,resource,value");
    }
    // An old unquoted row: everything between the first and the last comma is the resource.
    String resource = String.join(",", fields.subList(1, fields.size() - 1));
    if (resource.isEmpty()) {
      throw new IllegalArgumentException("empty resource");
    }
    try {
      return new SamplesCsvRow(
          Long.parseLong(fields.get(0)),
          resource,
          Double.parseDouble(fields.get(fields.size() - 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("timestamp or value is not a number", e);
    }
  }

  /** A field quoted as RFC 4180 asks: only when it holds a comma, a quote, CR or LF. */
  static String quote(String field) {
    boolean needsQuotes = false;
    for (int i = 0; i < field.length() && !needsQuotes; i++) {
      char c = field.charAt(i);
      needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  static String formatValue(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * The fields of one record as read, its text for error messages, whether any field was quoted,
   * and whether the record ended properly (a line end, or the end of the input outside quotes).
   */
  public record Record(List<String> fields, String text, boolean quoted, boolean complete) {}

  /**
   * Reads the next record; null at the end of the input. Accepts CRLF and LF line ends. A quoted
   * field still open at the end of the input gives an incomplete record: a torn last write.
   */
  public static Record read(Reader in) throws IOException {
    List<String> fields = new ArrayList<>(3);
    StringBuilder field = new StringBuilder();
    StringBuilder text = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    int c = in.read();
    if (c == -1) {
      return null;
    }
    while (c != -1) {
      if (inQuotes) {
        if (c == '"') {
          int next = in.read();
          if (next == '"') {
            field.append('"');
            text.append("\"\"");
            c = in.read();
            continue;
          }
          inQuotes = false;
          text.append('"');
          c = next;
          continue;
        }
        field.append((char) c);
        text.append((char) c);
      } else if (c == '"' && field.length() == 0) {
        inQuotes = true;
        quoted = true;
        text.append('"');
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        text.append(',');
      } else if (c == '\n') {
        break;
      } else if (c == '\r') {
        // CR ends the record only as part of CRLF; a lone CR is data.
        int next = in.read();
        if (next == '\n' || next == -1) {
          break;
        }
        field.append('\r');
        text.append('\r');
        c = next;
        continue;
      } else {
        field.append((char) c);
        text.append((char) c);
      }
      c = in.read();
    }
    fields.add(field.toString());
    return new Record(fields, text.toString(), quoted, !inQuotes);
  }
}
