package dev.leakhunt.analyzer.sampler;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * A numeric MBean attribute the user asked to sample and judge, from {@code
 * ObjectName#Attribute[=capacity]}.
 *
 * @param objectName the MBean, e.g. {@code dev.leakhunt.shop:type=NettyAllocator}
 * @param attribute the attribute name, e.g. {@code UsedDirectMemory}
 * @param capacity the limit the attribute runs into, or NaN when unknown
 */
public record MBeanAttributeSpec(ObjectName objectName, String attribute, double capacity) {

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

  /** The resource id of this attribute: {@code mbean:<ObjectName>#<Attribute>}. */
  public String resource() {
    return "mbean:" + objectName.getCanonicalName() + "#" + attribute;
  }
}
