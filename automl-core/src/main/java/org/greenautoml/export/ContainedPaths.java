package org.greenautoml.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves user-given paths inside a run directory and refuses any that would leave it: absolute
 * paths, {@code ..} segments that climb out, and symbolic links (of the file or of any directory
 * on the way) that point outside.
 */
final class ContainedPaths {

  private ContainedPaths() {}

  /** The real path of an existing run directory. */
  static Path runDirectory(Path runDirectory) {
    if (!Files.isDirectory(runDirectory)) {
      throw new ExportException("run directory " + runDirectory + " does not exist");
    }
    try {
      return runDirectory.toRealPath();
    } catch (IOException e) {
      throw new ExportException("run directory " + runDirectory + " cannot be read: " + e, e);
    }
  }

  /**
   * The path {@code target} names inside {@code runDirectory}; nothing is created (see {@link
   * #createParent}).
   *
   * @throws ExportException if {@code target} is empty, absolute, climbs out with {@code ..}, or
   *     goes through or is a symbolic link that leads out of the run directory
   */
  static Path resolveTarget(Path runDirectory, String target) {
    Path root = runDirectory(runDirectory);
    Path relative = parse(target);
    Path resolved = root.resolve(relative).normalize();
    if (!resolved.startsWith(root) || resolved.equals(root)) {
      throw new ExportException(
          "export path '" + target + "' leaves the run directory " + root
              + "; give a file name inside it, such as models/best" + extensionHint(target));
    }
    requireInside(root, deepestExisting(resolved), target);
    if (Files.isSymbolicLink(resolved)) {
      throw new ExportException(
          "export path '" + target + "' is a symbolic link; refusing to write through it");
    }
    return resolved;
  }

  /** Creates the missing folders above a path that {@link #resolveTarget} gave. */
  static void createParent(Path resolved) {
    try {
      Files.createDirectories(resolved.getParent());
    } catch (IOException e) {
      throw new ExportException("cannot create the folder " + resolved.getParent() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Checks that an existing file is inside {@code root} once every link is followed.
   *
   * @throws ExportException if it is not
   */
  static void requireInside(Path root, Path existing, String shownAs) {
    try {
      Path real = existing.toRealPath();
      if (!real.startsWith(root)) {
        throw new ExportException(
            "'" + shownAs + "' leads out of the run directory " + root + " (to " + real
                + "); refusing to follow it");
      }
    } catch (IOException e) {
      throw new ExportException("cannot resolve '" + shownAs + "': " + e, e);
    }
  }

  private static Path parse(String target) {
    if (target.isBlank()) {
      throw new ExportException("export path must not be empty");
    }
    Path relative;
    try {
      relative = Path.of(target);
    } catch (InvalidPathException e) {
      throw new ExportException("export path '" + target + "' is not a valid path: "
          + e.getReason(), e);
    }
    if (relative.isAbsolute() || relative.getRoot() != null || target.startsWith("~")) {
      throw new ExportException(
          "export path '" + target + "' must be relative to the run directory, found an"
              + " absolute path");
    }
    return relative;
  }

  private static Path deepestExisting(Path path) {
    Path current = path;
    while (current != null && !Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
      current = current.getParent();
    }
    return current == null ? path.getRoot() : current;
  }

  private static String extensionHint(String target) {
    return target.endsWith(".onnx") ? ".onnx" : ".tribuo";
  }
}
