package dev.surql.cli;

/** How a report command prints its result on stdout: a text table, JSON or Markdown. */
enum ReportFormat {
  TABLE,
  JSON,
  MARKDOWN
}
