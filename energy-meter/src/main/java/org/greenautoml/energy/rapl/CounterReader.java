package org.greenautoml.energy.rapl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one small sysfs file; a seam so that tests can refuse access as a non-root user would see. */
@FunctionalInterface
interface CounterReader {
  String read(Path file) throws IOException;

  CounterReader FILES = Files::readString;
}
