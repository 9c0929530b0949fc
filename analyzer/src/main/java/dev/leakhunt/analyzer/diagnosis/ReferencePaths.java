package dev.leakhunt.analyzer.diagnosis;

import java.util.ArrayList;
import java.util.List;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedObject;

/** Turns the reference chain of a JFR old-object sample into a readable, groupable path. */
final class ReferencePaths {
  static final String LINK = " <- ";
  static final String STATIC = "static ";
  private static final String CLASS_NAME_PREFIX = "Class Name: ";

  private ReferencePaths() {}

  /** The Java source name of a sampled object's class, or {@code unknown}. */
  static String typeName(RecordedObject oldObject) {
    RecordedClass type = field(oldObject, "type");
    return type == null ? "unknown" : JvmClassNames.toSourceName(type.getName());
  }

  /**
   * The object's simple type, then each referrer towards the root: {@code Owner.field} for a field,
   * {@code Owner[]} for an array slot, {@code static Owner.field} for a static field. Indices are
   * left out and repeated links collapsed, so samples of one structure share a path.
   */
  static String of(RecordedObject oldObject) {
    List<String> links = new ArrayList<>();
    links.add(JvmClassNames.simpleName(typeName(oldObject)));
    RecordedObject reference = field(oldObject, "referrer");
    while (reference != null) {
      RecordedObject owner = field(reference, "object");
      if (owner == null) {
        break;
      }
      Integer skipped = field(reference, "skip");
      if (skipped != null && skipped > 0) {
        append(links, "...");
      }
      String link = link(owner, field(reference, "field"));
      append(links, link);
      if (link.startsWith(STATIC)) {
        // A static field is the root that matters: what holds its Class (the loader's class
        // list, a thread that touched the loader) says nothing about the leak.
        break;
      }
      reference = field(owner, "referrer");
    }
    return String.join(LINK, links);
  }

  /**
   * The GC root of a sample: {@code static field Owner.field} when the path ends at one, else JFR's
   * root as {@code system / type (description)}, or {@code unknown}.
   */
  static String gcRoot(String path, RecordedObject root) {
    int lastLink = path.lastIndexOf(LINK);
    String last = lastLink < 0 ? path : path.substring(lastLink + LINK.length());
    if (last.startsWith(STATIC)) {
      return "static field " + last.substring(STATIC.length());
    }
    if (root == null) {
      return "unknown";
    }
    String system = field(root, "system");
    String type = field(root, "type");
    String description = field(root, "description");
    StringBuilder text = new StringBuilder();
    text.append(system == null ? "?" : system).append(" / ").append(type == null ? "?" : type);
    if (description != null && !description.isBlank()) {
      text.append(" (").append(description).append(')');
    }
    return text.toString();
  }

  private static String link(RecordedObject owner, RecordedObject referringField) {
    String ownerType = typeName(owner);
    String fieldName = referringField == null ? null : field(referringField, "name");
    if (fieldName == null) {
      return JvmClassNames.simpleName(ownerType);
    }
    String description = field(owner, "description");
    if (ownerType.equals("java.lang.Class")
        && description != null
        && description.startsWith(CLASS_NAME_PREFIX)) {
      String declaring = description.substring(CLASS_NAME_PREFIX.length()).strip();
      return STATIC + JvmClassNames.simpleName(declaring) + "." + fieldName;
    }
    return JvmClassNames.simpleName(ownerType) + "." + fieldName;
  }

  /**
   * Adds a link unless it repeats the previous one or steps within the same class (the {@code next}
   * of a hash bucket's chain, a linked list's nodes): how deep an object sits in such a chain says
   * nothing about who holds it, and would split one structure into many groups.
   */
  private static void append(List<String> links, String link) {
    String previous = links.get(links.size() - 1);
    if (!previous.equals(link) && !owner(previous).equals(owner(link))) {
      links.add(link);
    }
  }

  private static String owner(String link) {
    int dot = link.lastIndexOf('.');
    return dot < 0 ? link : link.substring(0, dot);
  }

  private static <T> T field(RecordedObject object, String name) {
    return object != null && object.hasField(name) ? object.getValue(name) : null;
  }
}
