/**
 * GreenAutoML's user-facing error type, below every other module.
 */
module org.greenautoml.errors {
  exports org.greenautoml.errors;
}
