package org.greenautoml.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import org.greenautoml.errors.GreenAutoMLException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Maps what a command throws to an exit status, by its type and never by its message: a user error
 * (a {@link GreenAutoMLException}, which the dataset, energy, journal, export and report errors
 * extend, or a file the user named that is missing, unreadable or in the way) prints {@code
 * greenautoml <command>: <message>} on one line and exits 2; anything else is an internal error,
 * printed with its stack trace, exit 1.
 */
final class CliErrors {

  /** Exit status of a user error. */
  static final int USER_ERROR = 2;

  /** Exit status of an internal error. */
  static final int INTERNAL_ERROR = 1;

  private CliErrors() {}

  static int onExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    Optional<String> message = userMessage(e);
    if (message.isPresent()) {
      err.println(command.getCommandName().equals("greenautoml")
          ? "greenautoml: " + message.get()
          : "greenautoml " + command.getCommandName() + ": " + message.get());
      err.flush();
      return USER_ERROR;
    }
    err.println("greenautoml: internal error: " + e);
    e.printStackTrace(err);
    err.flush();
    return INTERNAL_ERROR;
  }

  static int onParameterException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    err.println("Try '" + name + " --help'.");
    err.flush();
    return USER_ERROR;
  }

  /** The one-line message of a user error, or empty for an internal error. */
  static Optional<String> userMessage(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (cause instanceof GreenAutoMLException) {
      return Optional.of(oneLine(cause.getMessage()));
    }
    if (cause instanceof NoSuchFileException missing) {
      return Optional.of("no such file: " + missing.getFile()
          + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")"));
    }
    if (cause instanceof AccessDeniedException denied) {
      return Optional.of("permission denied: " + denied.getFile());
    }
    if (cause instanceof NotDirectoryException notDirectory) {
      return Optional.of("not a directory: " + notDirectory.getFile());
    }
    if (cause instanceof FileAlreadyExistsException exists) {
      return Optional.of("a file is in the way (a directory was expected): " + exists.getFile());
    }
    if (cause instanceof FileNotFoundException notFound) {
      return Optional.of("cannot open " + notFound.getMessage());
    }
    return Optional.empty();
  }

  private static String oneLine(String message) {
    return message == null ? "(no message)" : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
