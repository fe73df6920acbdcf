package dev.convo.completion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A completion script's fixed shell code, kept as a resource beside this class so that it reads as
 * the shell it is, with {@code {{placeholders}}} for the tables the command tree and the corpus
 * fill in. A placeholder alone on its line stands for a block of lines, each indented as the
 * placeholder is (an empty block removes the line); anywhere else it stands for one line's text.
 * A placeholder without a value, or a value without a placeholder, is an error in the generator,
 * not something a script may ship with.
 */
final class Template {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
  private static final Pattern BLOCK = Pattern.compile("([ \\t]*)\\{\\{([a-z_]+)}}[ \\t]*");

  private final String resource;
  private final String text;

  Template(String resource, String text) {
    this.resource = resource;
    this.text = text;
  }

  /** The template named {@code resource} in this package. */
  static Template load(String resource) {
    try (InputStream in = Template.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no template " + resource);
      }
      return new Template(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The script, with each placeholder replaced by the lines {@code values} gives for it. */
  String fill(Map<String, List<String>> values) {
    Set<String> used = new HashSet<>();
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher block = BLOCK.matcher(line);
      if (block.matches()) {
        used.add(block.group(2));
        for (String row : value(values, block.group(2))) {
          out.append(row.isEmpty() ? "" : block.group(1)).append(row).append('\n');
        }
        continue;
      }
      Matcher inline = PLACEHOLDER.matcher(line);
      StringBuilder filled = new StringBuilder();
      while (inline.find()) {
        used.add(inline.group(1));
        List<String> value = value(values, inline.group(1));
        if (value.size() != 1) {
          throw new IllegalStateException(resource + ": {{" + inline.group(1)
              + "}} stands inside a line but was given " + value.size() + " lines");
        }
        inline.appendReplacement(filled, Matcher.quoteReplacement(value.get(0)));
      }
      inline.appendTail(filled);
      out.append(filled).append('\n');
    }
    if (!used.containsAll(values.keySet())) {
      Set<String> unused = new HashSet<>(values.keySet());
      unused.removeAll(used);
      throw new IllegalStateException(resource + " has no place for " + unused);
    }
    // split(-1) keeps the empty string after the last newline, which added one newline too many
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private List<String> value(Map<String, List<String>> values, String name) {
    List<String> value = values.get(name);
    if (value == null) {
      throw new IllegalStateException(resource + ": nothing given for {{" + name + "}}");
    }
    for (String row : value) {
      if (row.indexOf('\n') >= 0) {
        throw new IllegalStateException(resource + ": a line given for {{" + name
            + "}} holds a line break");
      }
    }
    return value;
  }
}
