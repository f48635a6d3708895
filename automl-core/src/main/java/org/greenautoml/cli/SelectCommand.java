package org.greenautoml.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.select.Cap;
import org.greenautoml.select.ModelSelector;
import org.greenautoml.select.Selection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code greenautoml select DIR}: chooses one model of a run's Pareto front. Prints the chosen
 * trial's id on the first line ({@code trial N}), then its figures and why it was chosen. When
 * nothing satisfies the request it prints the nearest candidates and exits 2.
 */
@Command(
    name = "select",
    description = "Choose a model of a run's Pareto front (read from DIR/report.json).",
    footer = {
      "",
      "The first line of the output is 'trial N'. A request that no front model satisfies prints"
          + " the nearest candidates and exits 2.",
      "",
      "Examples:",
      "  greenautoml select greenautoml-out --knee",
      "  greenautoml select greenautoml-out --max-g 0.001",
      "  greenautoml select greenautoml-out --within-accuracy 1.5"
    })
final class SelectCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "DIR", description = "A run directory written by fit.")
  Path directory;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Request request;

  static final class Request {
    @Option(names = "--knee", required = true,
        description = "The knee of the front: the best compromise of error and training energy.")
    boolean knee;

    @Option(names = "--max-kwh", paramLabel = "X", required = true,
        description = "The most accurate model whose training used at most X kWh.")
    Double maxKWh;

    @Option(names = "--max-g", paramLabel = "X", required = true,
        description = "The most accurate model whose training emitted at most X g CO2e.")
    Double maxGrams;

    @Option(names = "--max-j-per-prediction", paramLabel = "X", required = true,
        description = "The most accurate model that predicts with at most X J per row.")
    Double maxJoulesPerPrediction;

    @Option(names = "--within-accuracy", paramLabel = "PP", required = true,
        description = "The model with the least training energy within PP percentage points of"
            + " the best accuracy.")
    Double withinPoints;
  }

  @Override
  int run() throws Exception {
    SearchResult result = SearchResult.load(directory);
    double kgPerKWh = result.provenance().kgCO2ePerKWh();
    Selection selection = select(ModelSelector.front(result), request);
    if (selection instanceof Selection.Chosen chosen) {
      print(out(), chosen.trial(), kgPerKWh);
      out().println("why: " + chosen.why());
      return 0;
    }
    Selection.NoneSatisfies none = (Selection.NoneSatisfies) selection;
    err().println("greenautoml select: " + none.message());
    if (!none.nearest().isEmpty()) {
      out().println("nearest candidates:");
      none.nearest().forEach(t -> print(out(), t, kgPerKWh));
    }
    return CliErrors.USER_ERROR;
  }

  static Selection select(ModelSelector selector, Request request) {
    try {
      if (request.knee) {
        return selector.knee();
      } else if (request.maxKWh != null) {
        return selector.bestUnder(Cap.TRAINING_KWH, request.maxKWh);
      } else if (request.maxGrams != null) {
        return selector.bestUnder(Cap.TRAINING_G_CO2E, request.maxGrams);
      } else if (request.maxJoulesPerPrediction != null) {
        return selector.bestUnder(Cap.INFERENCE_J_PER_PREDICTION, request.maxJoulesPerPrediction);
      }
      return selector.cheapestWithin(request.withinPoints);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  static void print(PrintWriter out, TrialRecord t, double kgPerKWh) {
    TrialMetrics m = t.metrics().orElseThrow();
    Map<String, Object> configuration = new LinkedHashMap<>(t.configuration().values());
    configuration.remove(MeteredTrialEvaluator.FAMILY);
    out.printf(Locale.ROOT, "trial %d%n", t.id());
    out.printf(Locale.ROOT, "  family               %s%n", t.family());
    out.printf(Locale.ROOT, "  configuration        %s%n", configuration);
    out.printf(Locale.ROOT, "  validation accuracy  %.2f%% (balanced %.2f%%)%n",
        100 * m.validationAccuracy(), 100 * m.balancedAccuracy());
    out.printf(Locale.ROOT, "  training             %.4g J = %.4g kWh, %.4g g CO2e%n",
        m.trainingJoules(), m.trainingKWh(), m.trainingKWh() * kgPerKWh * 1000);
    out.printf(Locale.ROOT, "  inference            %.4g J per prediction%n",
        m.inferenceJoulesPerPrediction());
    if (m.modelSizeBytes() >= 0) { // measured at the top fidelity, or when an objective ranks on it
      out.printf(Locale.ROOT, "  model size           %d bytes%n", m.modelSizeBytes());
    }
    t.testScores().ifPresent(s -> out.printf(Locale.ROOT,
        "  test accuracy        %.2f%% (balanced %.2f%%)%n", 100 * s.accuracy(),
        100 * s.balancedAccuracy()));
  }
}
