package dev.leakhunt.analyzer.diagnosis.parse;

import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedObject;

/** Turns the reference chain of a JFR old-object sample into a readable, groupable path. */
final class ReferencePaths {
  private static final String CLASS_NAME_PREFIX = "Class Name: ";

  private ReferencePaths() {}

  /** The Java source name of a sampled object's class, or {@code unknown}. */
  static String typeName(RecordedObject oldObject) {
    RecordedClass type = field(oldObject, "type");
    return type == null
        ? "unknown"
        : JvmClassNames.stableName(JvmClassNames.toSourceName(type.getName()));
  }

  /**
   * The object, then each referrer towards the root: a field, an array slot, or a static field,
   * where the path ends. Indices are left out and repeated links collapsed, so samples of one
   * structure share a path.
   */
  static List<PathLink> links(RecordedObject oldObject) {
    List<PathLink> links = new ArrayList<>();
    links.add(new PathLink(PathLink.Kind.OBJECT, typeName(oldObject), null));
    RecordedObject reference = field(oldObject, "referrer");
    while (reference != null) {
      RecordedObject owner = field(reference, "object");
      if (owner == null) {
        break;
      }
      Integer skipped = field(reference, "skip");
      if (skipped != null && skipped > 0) {
        append(links, new PathLink(PathLink.Kind.SKIPPED, null, null));
      }
      PathLink link = link(owner, field(reference, "field"));
      append(links, link);
      if (link.kind() == PathLink.Kind.STATIC_FIELD) {
        // A static field is the root that matters: what holds its Class (the loader's class
        // list, a thread that touched the loader) says nothing about the leak.
        break;
      }
      reference = field(owner, "referrer");
    }
    return List.copyOf(links);
  }

  /**
   * The path as text: {@code byte[] <- Order.payload <- Object[] <- static Store.ORDERS}; static
   * fields read {@code static Owner.field}.
   */
  static String text(List<PathLink> links) {
    return links.stream().map(PathLink::text).collect(Collectors.joining(PathLink.LINK));
  }

  /**
   * The GC root of a sample: {@code static field Owner.field} when the path ends at one, else JFR's
   * root as {@code system / type (description)}, or {@code unknown}.
   */
  static String gcRoot(List<PathLink> links, RecordedObject root) {
    PathLink last = links.get(links.size() - 1);
    if (last.kind() == PathLink.Kind.STATIC_FIELD) {
      return "static field " + JvmClassNames.simpleName(last.className()) + "." + last.field();
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

  private static PathLink link(RecordedObject owner, RecordedObject referringField) {
    String ownerType = typeName(owner);
    String fieldName = referringField == null ? null : field(referringField, "name");
    if (fieldName == null) {
      return new PathLink(PathLink.Kind.ARRAY, ownerType, null);
    }
    String description = field(owner, "description");
    if (ownerType.equals("java.lang.Class")
        && description != null
        && description.startsWith(CLASS_NAME_PREFIX)) {
      String declaring = description.substring(CLASS_NAME_PREFIX.length()).strip();
      return new PathLink(
          PathLink.Kind.STATIC_FIELD, JvmClassNames.stableName(declaring), fieldName);
    }
    return new PathLink(PathLink.Kind.FIELD, ownerType, fieldName);
  }

  /**
   * Adds a link unless it repeats the previous one or steps within the same class (the {@code next}
   * of a hash bucket's chain, a linked list's nodes): how deep an object sits in such a chain says
   * nothing about who holds it, and would split one structure into many groups.
   */
  private static void append(List<PathLink> links, PathLink link) {
    PathLink previous = links.get(links.size() - 1);
    boolean sameOwner =
        previous.className() != null
            && previous.className().equals(link.className())
            && previous.kind() != PathLink.Kind.STATIC_FIELD
            && link.kind() != PathLink.Kind.STATIC_FIELD;
    if (!previous.equals(link) && !sameOwner) {
      links.add(link);
    }
  }

  private static <T> T field(RecordedObject object, String name) {
    return object != null && object.hasField(name) ? object.getValue(name) : null;
  }
}
