package org.greenautoml.cli;

import picocli.CommandLine;

/** The version line of {@code --version}: GreenAutoML's, Tribuo's and the JVM's. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String own = GreenAutoMLCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "greenautoml " + (own == null ? "development build" : own),
      "tribuo " + org.tribuo.Tribuo.VERSION + ", java " + System.getProperty("java.version")
    };
  }
}
