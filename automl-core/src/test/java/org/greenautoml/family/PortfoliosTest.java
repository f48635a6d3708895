package org.greenautoml.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.greenautoml.search.portfolio.Portfolio;
import org.greenautoml.search.space.ConditionalSpace;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.ParameterSpace;
import org.junit.jupiter.api.Test;

final class PortfoliosTest {

  private static ConditionalSpace everyFamily() {
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    Families.all().forEach(f -> branches.put(f.name(), f.space()));
    return new ConditionalSpace("family", branches);
  }

  @Test
  void shipped_everyConfiguration_belongsToItsFamilysSpace() {
    Portfolio shipped = Portfolios.shipped();

    assertThat(shipped.configurations()).isNotEmpty();
    assertThat(shipped.applicableTo(everyFamily())).isEqualTo(shipped.configurations());
    assertThat(shipped.learnedFrom()).hasSizeGreaterThan(10);
  }

  @Test
  void shipped_spansSeveralFamilies() {
    long families = Portfolios.shipped().configurations().stream()
        .map(c -> c.getString("family")).distinct().count();

    assertThat(families).isGreaterThanOrEqualTo(3);
  }

  @Test
  void applicableTo_oneFamilySpace_keepsOnlyThatFamily() {
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    String first = Portfolios.shipped().configurations().get(0).getString("family");
    branches.put(first, Families.byName(first).space());

    assertThat(Portfolios.shipped().applicableTo(new ConditionalSpace("family", branches)))
        .isNotEmpty()
        .allMatch((Configuration c) -> c.getString("family").equals(first));
  }
}
