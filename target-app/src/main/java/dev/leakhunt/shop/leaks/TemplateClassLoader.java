package dev.leakhunt.shop.leaks;

/**
 * The class loader a template engine creates for one compiled template; named so heap dumps and
 * class histograms show where metaspace went.
 */
final class TemplateClassLoader extends ClassLoader {
  TemplateClassLoader(ClassLoader parent) {
    super("TemplateClassLoader", parent);
  }

  Class<?> defineTemplateClass(String className, byte[] classBytes) {
    return defineClass(className, classBytes, 0, classBytes.length);
  }
}
