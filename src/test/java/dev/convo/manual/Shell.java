package dev.convo.manual;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a line of shell as sh would, enough for the examples convo documents: words with their
 * quotes and backslashes, {@code #} comments, pipelines, {@code &&}, {@code ||} and {@code ;}, and
 * redirections, which are set aside.
 */
final class Shell {
  private Shell() {}

  /** One simple command: the program and its arguments, without redirections. */
  record Command(String program, List<String> arguments) {
    /** Whether the command runs convo, by that name or as the build's target/convo. */
    boolean isConvo() {
      return program.equals("convo") || program.endsWith("/convo");
    }
  }

  private record Token(String text, boolean operator) {}

  /** The line's pipelines (the parts between {@code &&}, {@code ||} and {@code ;}), each its commands. */
  static List<List<Command>> parse(String line) {
    List<List<Command>> pipelines = new ArrayList<>();
    List<Command> pipeline = new ArrayList<>();
    List<String> words = new ArrayList<>();
    boolean redirect = false;
    for (Token token : tokens(line)) {
      if (!token.operator()) {
        if (redirect) {
          redirect = false;
        } else {
          words.add(token.text());
        }
        continue;
      }
      switch (token.text()) {
        case ">", ">>", "<" -> redirect = true;
        case "|" -> {
          add(pipeline, words);
          words = new ArrayList<>();
        }
        default -> {
          add(pipeline, words);
          words = new ArrayList<>();
          if (!pipeline.isEmpty()) {
            pipelines.add(pipeline);
          }
          pipeline = new ArrayList<>();
        }
      }
    }
    add(pipeline, words);
    if (!pipeline.isEmpty()) {
      pipelines.add(pipeline);
    }
    return pipelines;
  }

  private static void add(List<Command> pipeline, List<String> words) {
    if (!words.isEmpty()) {
      pipeline.add(new Command(words.get(0), List.copyOf(words.subList(1, words.size()))));
    }
  }

  private static List<Token> tokens(String line) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        word = word == null ? new StringBuilder() : word;
        word.append(line, i + 1, end);
        i = end;
      } else if (c == '"') {
        word = word == null ? new StringBuilder() : word;
        for (i++; line.charAt(i) != '"'; i++) {
          if (line.charAt(i) == '\\' && "$`\"\\".indexOf(line.charAt(i + 1)) >= 0) {
            i++;
          }
          word.append(line.charAt(i));
        }
      } else if (c == '\\') {
        word = word == null ? new StringBuilder() : word;
        word.append(next);
        i++;
      } else if (Character.isWhitespace(c) || "|&;<>".indexOf(c) >= 0) {
        if (word != null) {
          tokens.add(new Token(word.toString(), false));
          word = null;
        }
        if (!Character.isWhitespace(c)) {
          boolean doubled = next == c && c != ';' && c != '<';
          tokens.add(new Token(doubled ? "" + c + c : "" + c, true));
          i += doubled ? 1 : 0;
        }
      } else if (c == '#' && word == null) {
        break;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      tokens.add(new Token(word.toString(), false));
    }
    return tokens;
  }
}
