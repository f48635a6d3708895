package org.greenautoml.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code greenautoml} command line (picocli): {@code fit}, {@code report}, {@code select},
 * {@code export}, {@code predict}, {@code meter}, {@code datasets} and {@code worker}. Exit codes: 0 success, 2 a
 * user error (one short line on standard error, no stack trace; also a selection that nothing
 * satisfies), 1 an internal error (with its stack trace). {@code meter} exits with the metered
 * command's status.
 */
@Command(
    name = "greenautoml",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Energy- and carbon-aware AutoML: search models under a carbon budget, report"
        + " the Pareto front of accuracy against energy, choose, export and use a model.",
    subcommands = {
      FitCommand.class,
      ReportCommand.class,
      SelectCommand.class,
      ExportCommand.class,
      PredictCommand.class,
      MeterCommand.class,
      DatasetsCommand.class,
      WorkerCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  greenautoml fit                                  # the demo dataset, 0.05 g CO2e",
      "  greenautoml fit --data adult.csv --target class --budget-g 2 --region FR",
      "  greenautoml select greenautoml-out --knee",
      "  greenautoml export greenautoml-out --knee --format onnx --to knee.onnx",
      "  greenautoml meter -- python train.py",
      "  greenautoml worker --cluster demo --bind 127.0.0.1:5701",
      "",
      "Exit codes: 0 success, 2 user error, 1 internal error."
    })
public final class GreenAutoMLCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line: user errors map to exit status 2 with one line on standard
   * error, anything else to 1 with its stack trace. Tests run it in-process.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GreenAutoMLCli());
    cli.setExecutionExceptionHandler(CliErrors::onExecutionException);
    cli.setParameterExceptionHandler(CliErrors::onParameterException);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }
}
