package dev.leakhunt.analyzer.sampler;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * A numeric MBean attribute the user asked to sample: judged for growth ({@code --mbean
 * ObjectName#Attribute[=capacity]}), or only recorded as a latency figure for comparisons across
 * runs ({@code --latency ObjectName#Attribute}, where the ObjectName may be a pattern such as
 * {@code dev.leakhunt.shop:type=Latency,endpoint=*}, expanded when the target is connected).
 *
 * @param objectName the MBean, e.g. {@code dev.leakhunt.shop:type=NettyAllocator}
 * @param attribute the attribute name, e.g. {@code UsedDirectMemory}
 * @param capacity the limit the attribute runs into, or NaN when unknown
 * @param judged true for {@code --mbean} (a leak signal), false for {@code --latency} (a figure)
 */
public record MBeanAttributeSpec(
    ObjectName objectName, String attribute, double capacity, boolean judged) {
  /** Prefix of the resource ids of latency figures in {@code samples.csv}. */
  public static final String LATENCY_PREFIX = "latency:";

  /** A judged attribute ({@code --mbean}). */
  public MBeanAttributeSpec(ObjectName objectName, String attribute, double capacity) {
    this(objectName, attribute, capacity, true);
  }

  /**
   * Parses {@code ObjectName#Attribute} of {@code --latency}: a recorded, unjudged figure.
   *
   * @throws IllegalArgumentException with a one-line message giving the rule and the value
   */
  public static MBeanAttributeSpec parseLatency(String text) {
    int hash = text.lastIndexOf('#');
    if (hash <= 0 || hash == text.length() - 1 || text.substring(hash).contains("=")) {
      throw new IllegalArgumentException(
          "--latency must be ObjectName#Attribute, e.g."
              + " 'dev.leakhunt.shop:type=Latency,endpoint=*#IntervalP99Micros' (got '"
              + text
              + "')");
    }
    try {
      return new MBeanAttributeSpec(
          new ObjectName(text.substring(0, hash)), text.substring(hash + 1), Double.NaN, false);
    } catch (MalformedObjectNameException e) {
      throw new IllegalArgumentException(
          "--latency has a malformed ObjectName '"
              + text.substring(0, hash)
              + "': "
              + e.getMessage());
    }
  }

  /** The same attribute of one MBean a pattern matched. */
  public MBeanAttributeSpec of(ObjectName matched) {
    return new MBeanAttributeSpec(matched, attribute, capacity, judged);
  }

  /** The option this spec came from, for messages. */
  public String option() {
    return judged ? "--mbean" : "--latency";
  }

  /**
   * Parses {@code ObjectName#Attribute[=capacity]}.
   *
   * @throws IllegalArgumentException with a one-line message giving the rule and the value
   */
  public static MBeanAttributeSpec parse(String text) {
    int hash = text.lastIndexOf('#');
    if (hash <= 0 || hash == text.length() - 1) {
      throw new IllegalArgumentException(
          "--mbean must be ObjectName#Attribute[=capacity] (got '" + text + "')");
    }
    String attributePart = text.substring(hash + 1);
    double capacity = Double.NaN;
    int equals = attributePart.indexOf('=');
    if (equals >= 0) {
      String capacityText = attributePart.substring(equals + 1);
      attributePart = attributePart.substring(0, equals);
      try {
        capacity = Double.parseDouble(capacityText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--mbean capacity must be a number (got '" + capacityText + "' in '" + text + "')");
      }
    }
    try {
      return new MBeanAttributeSpec(
          new ObjectName(text.substring(0, hash)), attributePart, capacity);
    } catch (MalformedObjectNameException e) {
      throw new IllegalArgumentException(
          "--mbean has a malformed ObjectName '"
              + text.substring(0, hash)
              + "': "
              + e.getMessage());
    }
  }

  /**
   * The resource id of this attribute: {@code mbean:<ObjectName>#<Attribute>}, or {@code
   * latency:<ObjectName>#<Attribute>} for a figure that is recorded but not judged.
   */
  public String resource() {
    return (judged ? "mbean:" : LATENCY_PREFIX) + objectName.getCanonicalName() + "#" + attribute;
  }
}
