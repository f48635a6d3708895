package org.greenautoml.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The packages the project's modules export to everyone, read from their compiled {@code
 * module-info.class} files on the test class path (the tests run on the class path, so the module
 * system itself does not enforce them here).
 */
final class ModuleExports {

  private final Set<String> modules;
  private final Set<String> exported;

  private ModuleExports(Set<String> modules, Set<String> exported) {
    this.modules = Collections.unmodifiableSet(modules);
    this.exported = Collections.unmodifiableSet(exported);
  }

  /** The exports of every module named {@code org.greenautoml...} on the class path. */
  static ModuleExports ofProject() {
    Set<String> modules = new TreeSet<>();
    Set<String> exported = new TreeSet<>();
    try {
      for (URL url :
          Collections.list(ModuleExports.class.getClassLoader().getResources("module-info.class"))) {
        try (InputStream in = url.openStream()) {
          ModuleDescriptor descriptor = ModuleDescriptor.read(in);
          if (!descriptor.name().startsWith("org.greenautoml")) {
            continue;
          }
          modules.add(descriptor.name());
          descriptor.exports().stream()
              .filter(e -> !e.isQualified())
              .forEach(e -> exported.add(e.source()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ModuleExports(modules, exported);
  }

  /** The project's module names. */
  Set<String> modules() {
    return modules;
  }

  /** Whether {@code packageName} is exported to every module. */
  boolean isExported(String packageName) {
    return exported.contains(packageName);
  }
}
