package org.greenautoml.trial.worker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;

/**
 * The families a worker can run: the built-in ones, plus the classes named in {@value
 * TrialWorkerMain#FAMILIES_PROPERTY} (the documented extension point; instantiated by their public
 * no-argument constructor).
 */
final class WorkerFamilies {

  private WorkerFamilies() {}

  /** The extension classes named by the property, as given (empty when unset). */
  static List<String> extensionClassNames() {
    String value = System.getProperty(TrialWorkerMain.FAMILIES_PROPERTY, "").strip();
    List<String> names = new ArrayList<>();
    for (String name : value.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  /** Why a worker could not run {@code family}, if it could not. */
  static Optional<String> unavailableReason(ModelFamily family) {
    boolean builtIn =
        Families.all().stream()
            .anyMatch(f -> f.name().equals(family.name()) && f.getClass() == family.getClass());
    if (builtIn || extensionClassNames().contains(family.getClass().getName())) {
      return Optional.empty();
    }
    return Optional.of("model family " + family.name() + " (" + family.getClass().getName()
        + ") is not built in, so a worker process cannot run it: name its class in the system"
        + " property " + TrialWorkerMain.FAMILIES_PROPERTY);
  }

  /** Every family a worker knows, by name. */
  static Map<String, ModelFamily> available() {
    Map<String, ModelFamily> byName = new LinkedHashMap<>();
    Families.all().forEach(f -> byName.put(f.name(), f));
    for (String className : extensionClassNames()) {
      ModelFamily family = instantiate(className);
      byName.put(family.name(), family);
    }
    return byName;
  }

  private static ModelFamily instantiate(String className) {
    try {
      return Class.forName(className)
          .asSubclass(ModelFamily.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException(TrialWorkerMain.FAMILIES_PROPERTY + " must name "
          + "ModelFamily classes with a public no-argument constructor, found " + className, e);
    }
  }
}
