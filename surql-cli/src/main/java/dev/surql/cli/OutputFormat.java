package dev.surql.cli;

/** How a command prints its result: a text table or JSON. */
enum OutputFormat {
  TABLE,
  JSON
}
