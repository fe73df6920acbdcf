package dev.convo.cli;

/** When to colour: as ripgrep and the CLI Guidelines define it. */
public enum ColorMode {
  AUTO, ALWAYS, NEVER
}
