package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ObjectivesTest {

  private final Objectives accuracyAndJoules =
      Objectives.of(Objective.maximize("accuracy"), Objective.minimize("joules"));

  @Test
  void toMinimisation_maximisedObjective_isNegated() {
    assertThat(accuracyAndJoules.toMinimisation(ObjectiveVector.of(0.9, 12)))
        .containsExactly(-0.9, 12);
  }

  @Test
  void toMinimisation_logScale_takesLog10BeforeNegating() {
    Objectives objectives =
        Objectives.of(
            Objective.minimize("joules").withLogScale(),
            Objective.maximize("throughput").withLogScale());

    assertThat(objectives.toMinimisation(ObjectiveVector.of(1000, 100)))
        .containsExactly(3.0, -2.0);
  }

  @Test
  void toMinimisation_logScaleNonPositive_throwsNamingTheObjective() {
    Objectives objectives = Objectives.of(Objective.minimize("joules").withLogScale());

    assertThatThrownBy(() -> objectives.toMinimisation(ObjectiveVector.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'joules'")
        .hasMessageContaining("found 0.0");
  }

  @Test
  void toMinimisation_wrongSize_throws() {
    assertThatThrownBy(() -> accuracyAndJoules.toMinimisation(ObjectiveVector.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have 2 values")
        .hasMessageContaining("found 1");
  }

  @Test
  void dominates_respectsDirections() {
    ObjectiveVector better = ObjectiveVector.of(0.9, 10);
    ObjectiveVector worse = ObjectiveVector.of(0.8, 10);

    assertThat(accuracyAndJoules.dominates(better, worse)).isTrue();
    assertThat(accuracyAndJoules.dominates(worse, better)).isFalse();
  }

  @Test
  void dominates_equalOrIncomparable_isFalse() {
    ObjectiveVector a = ObjectiveVector.of(0.9, 10);

    assertThat(accuracyAndJoules.dominates(a, ObjectiveVector.of(0.9, 10))).isFalse();
    assertThat(accuracyAndJoules.dominates(a, ObjectiveVector.of(0.95, 20))).isFalse();
  }

  @Test
  void of_duplicateNames_throws() {
    assertThatThrownBy(() -> Objectives.of(Objective.minimize("a"), Objective.maximize("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' twice");
  }

  @Test
  void of_none_throws() {
    assertThatThrownBy(Objectives::of).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void objective_blankName_throws() {
    assertThatThrownBy(() -> Objective.minimize(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be blank");
  }

  @Test
  void objectiveVector_copiesOnTheWayInAndOut() {
    double[] values = {1, 2};
    ObjectiveVector v = ObjectiveVector.of(values);
    values[0] = 99;
    v.values()[1] = 99;

    assertThat(v.values()).containsExactly(1, 2);
    assertThat(v).isEqualTo(ObjectiveVector.of(1, 2)).hasSameHashCodeAs(ObjectiveVector.of(1, 2));
  }

  @Test
  void objectiveVector_nan_throwsNamingTheIndex() {
    assertThatThrownBy(() -> ObjectiveVector.of(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("objective value 1 must not be NaN");
  }

  @Test
  void objectiveVector_empty_throws() {
    assertThatThrownBy(ObjectiveVector::of).isInstanceOf(IllegalArgumentException.class);
  }
}
