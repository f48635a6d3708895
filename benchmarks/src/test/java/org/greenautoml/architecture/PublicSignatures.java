package org.greenautoml.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The public-signature rule of {@link ModuleRulesTest}, as an ArchUnit condition. */
final class PublicSignatures {

  private PublicSignatures() {}

  /**
   * Satisfied (so that {@code noClasses().should(...)} fails) by every public type of an exported
   * package whose API names a project type that is internal: in a package no module exports, or
   * not public.
   */
  static ArchCondition<JavaClass> leakInternalTypes(ModuleExports exports) {
    return new ArchCondition<>("name an internal type in a public signature of an exported package") {
      @Override
      public void check(JavaClass clazz, ConditionEvents events) {
        if (!isApi(clazz, exports)) {
          return;
        }
        for (Leak leak : leaks(clazz, exports)) {
          events.add(SimpleConditionEvent.satisfied(clazz, leak.describe()));
        }
      }
    };
  }

  private static boolean isApi(JavaClass clazz, ModuleExports exports) {
    if (!exports.isExported(clazz.getPackageName())) {
      return false;
    }
    for (Optional<JavaClass> c = Optional.of(clazz); c.isPresent(); c = c.get().getEnclosingClass()) {
      if (!c.get().getModifiers().contains(JavaModifier.PUBLIC) || c.get().isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static Set<Leak> leaks(JavaClass clazz, ModuleExports exports) {
    Set<Leak> leaks = new LinkedHashSet<>();
    clazz.getSuperclass().ifPresent(t -> check(clazz.getName() + " extends", t, exports, leaks));
    for (JavaType type : clazz.getInterfaces()) {
      check(clazz.getName() + " implements", type, exports, leaks);
    }
    for (JavaField field : clazz.getFields()) {
      if (visible(field)) {
        check(field.getFullName(), field.getType(), exports, leaks);
      }
    }
    for (JavaCodeUnit unit : clazz.getCodeUnits()) {
      if (visible(unit) && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)
          && !unit.getModifiers().contains(JavaModifier.BRIDGE)) {
        for (JavaClass involved : unit.getAllInvolvedRawTypes()) {
          check(unit.getFullName(), involved, exports, leaks);
        }
        for (JavaClass thrown : unit.getExceptionTypes()) {
          check(unit.getFullName() + " throws", thrown, exports, leaks);
        }
      }
    }
    return leaks;
  }

  private static boolean visible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return modifiers.contains(JavaModifier.PUBLIC)
        || (modifiers.contains(JavaModifier.PROTECTED)
            && !member.getOwner().getModifiers().contains(JavaModifier.FINAL));
  }

  private static void check(String where, JavaType type, ModuleExports exports, Set<Leak> leaks) {
    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
      JavaClass base = involved.getBaseComponentType();
      if (!base.getPackageName().startsWith("org.greenautoml")) {
        continue;
      }
      if (!exports.isExported(base.getPackageName())) {
        leaks.add(new Leak(where, base.getName(), "its package is not exported"));
      } else if (!isPublicType(base)) {
        leaks.add(new Leak(where, base.getName(), "it is not public"));
      }
    }
  }

  private static boolean isPublicType(JavaClass clazz) {
    for (Optional<JavaClass> c = Optional.of(clazz); c.isPresent(); c = c.get().getEnclosingClass()) {
      if (!c.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private record Leak(String where, String type, String why) {
    String describe() {
      return where + " names " + type + ", but " + why;
    }
  }
}
