package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenautoml.data.TabularData;
import org.greenautoml.family.Portfolios;
import org.greenautoml.search.portfolio.Portfolio;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.api.Test;

final class PortfolioFirstTest {

  private static Configuration config(String family, String name, Object value) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("family", family);
    values.put(name, value);
    return Configuration.of(values);
  }

  private static SearchResult search(Portfolio portfolio) {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    return GreenAutoML.builder()
        .workers(1)
        .seed(3)
        .maxTrials(3)
        .families("naive-bayes", "knn")
        .minFidelity(1.0 / 9)
        .refit(false)
        .portfolio(portfolio)
        .build()
        .search(data, 1.0);
  }

  @Test
  void search_withPortfolio_evaluatesItsApplicableConfigurationsFirstInOrder() {
    Portfolio portfolio = new Portfolio(List.of(
        config("naive-bayes", "alpha", 0.25),
        config("cart", "max_depth", 3), // a family the search was not given: skipped
        config("knn", "k", 7).with("distance", "l1")), List.of("elsewhere"));

    List<TrialRecord> trials = search(portfolio).trials();

    assertThat(trials.get(0).family()).isEqualTo("naive-bayes");
    assertThat(trials.get(0).configuration().getDouble("alpha")).isEqualTo(0.25);
    assertThat(trials.get(0).fidelity()).as("the portfolio starts at the cheapest fidelity")
        .isEqualTo(1.0 / 9);
    assertThat(trials.get(1).family()).isEqualTo("knn");
    assertThat(trials.get(1).configuration().getInt("k")).isEqualTo(7);
    assertThat(trials.get(1).configuration().getString("distance")).isEqualTo("l1");
  }

  @Test
  void search_emptyPortfolio_startsWithTheSampler() {
    List<TrialRecord> trials = search(Portfolio.empty()).trials();

    assertThat(trials.get(0).configuration())
        .isNotEqualTo(config("naive-bayes", "alpha", 0.25));
    assertThat(trials).hasSize(3);
  }

  @Test
  void settings_default_isTheShippedPortfolio() {
    assertThat(GreenAutoML.builder().build().settings().portfolio())
        .isEqualTo(Portfolios.shipped());
  }
}
