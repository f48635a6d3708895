package org.greenautoml.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.greenautoml.SearchResult;
import org.greenautoml.export.trees.TreeOnnxExporter;
import org.greenautoml.family.Families;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.Label;

/**
 * Writes a saved model of a run directory ({@link ModelStore}) as a file the user keeps.
 *
 * <ul>
 *   <li>{@link ExportFormat#TRIBUO}: every family; the protobuf file and its {@code .json} sidecar
 *       (the target's name with {@code .tribuo} replaced by {@code .json}).
 *   <li>{@link ExportFormat#ONNX}: the families Tribuo exports ({@code ONNXExportable}: logistic
 *       and factorization machines from Tribuo's SGD, LibLinear linear SVMs, LibSVM RBF SVMs); the
 *       graph takes the preprocessed features, so {@code <target>.layout.json} states the input
 *       layout (raw columns to features, one-hot categories, imputation means, scaling, feature
 *       order) and the graph's input and outputs (see {@link OnnxSignature}).
 * </ul>
 *
 * Targets are relative to the run directory and never leave it. Stateless and thread-safe.
 */
public final class ModelExporter {

  /** The ONNX domain written into exported models. */
  static final String DOMAIN = "org.greenautoml";

  private ModelExporter() {}

  /**
   * The routes that write ONNX, tried in order. Wiring in another exporter (for example the tree
   * exporter, {@code org.greenautoml.export.trees.TreeOnnxExporter}) is one more entry here.
   */
  private static List<OnnxRoute> onnxRoutes() {
    return List.of(
        new OnnxRoute(
            Set.of("logistic", "linear-svm", "fm", "rbf-svm"),
            model -> model instanceof ONNXExportable,
            (model, domain, version) ->
                ((ONNXExportable) model).exportONNXModel(domain, version).toByteArray(),
            OnnxSignature.TRIBUO_OUTPUT,
            Optional.empty()),
        new OnnxRoute(
            Set.of("xgboost", "cart", "random-forest", "extra-trees"),
            TreeOnnxExporter::supports,
            TreeOnnxExporter::toOnnx,
            "probabilities",
            Optional.of("label")));
  }

  /**
   * The formats models of {@code family} can be exported to: Tribuo always (a custom family's
   * too), ONNX where a route covers the family.
   *
   * @throws ExportException if the name is blank
   */
  public static Set<ExportFormat> formatsFor(String family) {
    requireNonNull(family, "family");
    if (family.isBlank()) {
      throw new ExportException("family must not be blank");
    }
    Set<ExportFormat> formats = EnumSet.of(ExportFormat.TRIBUO);
    if (onnxRoutes().stream().anyMatch(route -> route.families().contains(family))) {
      formats.add(ExportFormat.ONNX);
    }
    return formats;
  }

  /**
   * Exports the saved model of trial {@code trialId} to {@code target}; returns the written file.
   *
   * @param target a path relative to {@code runDirectory} ending in the format's extension
   * @throws ExportException if the trial has no saved model, the target is absolute, climbs out of
   *     the run directory or goes through a symbolic link out of it, has another extension, or the
   *     family cannot be written in {@code format} (the message names the formats that work)
   */
  public static Path export(Path runDirectory, int trialId, ExportFormat format, String target) {
    requireNonNull(runDirectory, "runDirectory");
    requireNonNull(format, "format");
    requireNonNull(target, "target");
    if (!target.endsWith(format.extension())) {
      throw new ExportException("the " + format.cliName() + " export path must end in "
          + format.extension() + ", found '" + target + "'");
    }
    Path root = ContainedPaths.runDirectory(runDirectory);
    Path resolved = ContainedPaths.resolveTarget(root, target);
    Path modelFile = ModelStore.modelFile(root, trialId);
    ModelSidecar sidecar = SidecarJson.read(SavedModel.tribuoSidecar(modelFile));
    if (!formatsFor(sidecar.family()).contains(format)) {
      throw notExportable(sidecar.family(), format);
    }
    Model<Label> model = SavedModel.readTribuo(modelFile);
    FrontModel front = new FrontModel(model, sidecar, Optional.of(modelFile));
    return switch (format) {
      case TRIBUO -> exportTribuo(front, resolved,
          ContainedPaths.resolveTarget(root, tribuoSidecarName(target)), target);
      case ONNX -> exportOnnx(front, resolved,
          ContainedPaths.resolveTarget(root, target + ".layout.json"), target);
    };
  }

  /**
   * Exports the model of front trial {@code trialId} of {@code result} to {@code target}, a path
   * the caller chooses (its parent folders are created), with the same files beside it as {@link
   * #export(Path, int, ExportFormat, String)} writes. The model is the one in memory (a search's
   * result) or the one saved in the result's run directory (a result {@linkplain
   * SearchResult#load loaded} from it), so a run in memory and a loaded run export alike.
   *
   * @throws ExportException if the trial is not on the front, has no model in memory or saved,
   *     {@code target} has another extension, or the family cannot be written in {@code format}
   */
  public static Path export(SearchResult result, int trialId, ExportFormat format, Path target) {
    requireNonNull(result, "result");
    requireNonNull(format, "format");
    requireNonNull(target, "target");
    String name = target.toString();
    if (!name.endsWith(format.extension())) {
      throw new ExportException("the " + format.cliName() + " export path must end in "
          + format.extension() + ", found '" + target + "'");
    }
    FrontModel front = FrontModel.of(result, trialId);
    if (!formatsFor(front.sidecar().family()).contains(format)) {
      throw notExportable(front.sidecar().family(), format);
    }
    Path absolute = target.toAbsolutePath();
    return switch (format) {
      case TRIBUO -> exportTribuo(front, absolute, Path.of(tribuoSidecarName(absolute.toString())),
          name);
      case ONNX -> exportOnnx(front, absolute, Path.of(absolute + ".layout.json"), name);
    };
  }

  private static String tribuoSidecarName(String target) {
    return target.substring(0, target.length() - ExportFormat.TRIBUO.extension().length())
        + ".json";
  }

  private static Path exportTribuo(
      FrontModel front, Path resolved, Path sidecarFile, String target) {
    try {
      ContainedPaths.createParent(resolved);
      if (front.savedFile().isPresent()) {
        Files.copy(front.savedFile().get(), resolved, StandardCopyOption.REPLACE_EXISTING);
      } else {
        front.model().serializeToFile(resolved);
      }
    } catch (IOException e) {
      throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
    }
    SidecarJson.write(front.sidecar(), sidecarFile);
    return resolved;
  }

  private static Path exportOnnx(FrontModel front, Path resolved, Path layoutFile, String target) {
    Model<Label> model = front.model();
    ModelSidecar sidecar = front.sidecar();
    OnnxRoute route = routeFor(model, sidecar.family());
    byte[] onnx;
    try {
      onnx = route.writer().toOnnx(model, DOMAIN, 1L);
    } catch (RuntimeException e) {
      throw new ExportException("the " + sidecar.family() + " model of trial "
          + sidecar.trialId() + " could not be written as ONNX: " + e.getMessage(), e);
    }
    try {
      ContainedPaths.createParent(resolved);
      Files.write(resolved, onnx);
    } catch (IOException e) {
      throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
    }
    OnnxSignature signature =
        new OnnxSignature(
            OnnxSignature.TRIBUO_INPUT,
            absentFeatureValue(sidecar.family()),
            route.scoresOutput(),
            model.generatesProbabilities(),
            route.labelOutput());
    SidecarJson.write(sidecar.withOnnx(signature), layoutFile);
    return resolved;
  }

  private static OnnxRoute routeFor(Model<Label> model, String family) {
    return onnxRoutes().stream()
        .filter(route -> route.families().contains(family) && route.supports().test(model))
        .findFirst()
        .orElseThrow(() -> notExportable(family, ExportFormat.ONNX));
  }

  private static ExportException notExportable(String family, ExportFormat format) {
    return new ExportException(
        "the " + family + " family cannot be exported to " + format.cliName()
            + "; the formats that work for it: "
            + formatsFor(family).stream()
                .filter(f -> f != format)
                .map(ExportFormat::cliName)
                .collect(Collectors.joining(", "))
            + " (ONNX export covers the families " + String.join(", ", onnxFamilies()) + ")");
  }

  private static Set<String> onnxFamilies() {
    Set<String> families = new TreeSet<>();
    onnxRoutes().forEach(route -> families.addAll(route.families()));
    return families;
  }

  /**
   * What a feature left absent by preprocessing is fed to the graph as: NaN (missing) for families
   * that learn where missing values go (XGBoost, whose sparse input treats absent as missing), 0
   * (Tribuo's sparse convention) for every other.
   */
  private static double absentFeatureValue(String family) {
    return Families.byName(family).handlesMissingValues() ? Double.NaN : 0.0;
  }
}
