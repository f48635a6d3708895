package org.greenautoml.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenautoml.family.SharedDatasets.Split;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** A tree ensemble serialised tree by tree is Tribuo's own form, and stops between trees. */
final class TreeEnsembleSerializationTest {

  private static final Split SPLIT = SharedDatasets.split("breast-cancer-wisconsin", 5L);

  private static Model<Label> trained(ModelFamily family) {
    Configuration c = family.space().defaults().get(0).with("trees", 12).with("max_depth", 6);
    return family.train(SPLIT.train(), SPLIT.validation(), c, 17L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"random-forest", "extra-trees"})
  void serialize_treeByTree_isByteForByteTribuosOwnForm(String name) {
    ModelFamily family = Families.byName(name);
    Model<Label> model = trained(family);

    assertThat(family.serialize(model, () -> false).toByteArray())
        .isEqualTo(model.serialize().toByteArray());
  }

  @ParameterizedTest
  @ValueSource(strings = {"random-forest", "extra-trees"})
  void serialize_stopRequestedMidway_stopsBeforeTheNextTree(String name) {
    ModelFamily family = Families.byName(name);
    Model<Label> model = trained(family);
    AtomicInteger checks = new AtomicInteger();

    assertThatThrownBy(() -> family.serialize(model, () -> checks.incrementAndGet() > 3))
        .isInstanceOf(CancellationException.class);
    assertThat(checks).hasValue(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"logistic", "cart"})
  void serialize_otherFamilies_checkOnceThenSerializeWhole(String name) {
    ModelFamily family = Families.byName(name);
    Model<Label> model = family.train(SPLIT.train(), SPLIT.validation(), family.space().defaults().get(0), 3L);

    assertThat(family.serialize(model, () -> false).toByteArray())
        .isEqualTo(model.serialize().toByteArray());
    assertThatThrownBy(() -> family.serialize(model, () -> true))
        .isInstanceOf(CancellationException.class);
  }
}
