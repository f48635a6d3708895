package org.greenautoml.export;

/**
 * The file formats a saved model can be exported to.
 *
 * <ul>
 *   <li>{@link #TRIBUO}: Tribuo's protobuf model format ({@code Model.serializeToFile}, Tribuo 4.3),
 *       for every family, with a {@code .json} sidecar; file names end in {@code .tribuo}.
 *   <li>{@link #ONNX}: an ONNX graph (IR 6+, ONNX-ML operators where needed), with a {@code
 *       .layout.json} sidecar stating the input layout; file names end in {@code .onnx}.
 * </ul>
 */
public enum ExportFormat {
  /** ONNX, scored by any ONNX runtime. */
  ONNX(".onnx"),
  /** Tribuo's protobuf model format. */
  TRIBUO(".tribuo");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension of this format, dot included. */
  public String extension() {
    return extension;
  }

  /** The lower-case name used on the command line ({@code onnx}, {@code tribuo}). */
  public String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
