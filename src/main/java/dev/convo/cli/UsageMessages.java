package dev.convo.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says what was wrong with a command line in convo's words ({@code unknown command 'serch' — did
 * you mean: search?}, {@code --seed wants a whole number, not 'abc'}) where picocli would say
 * {@code Unmatched argument at index 0} or {@code 'abc' is not a long}. Picocli's exceptions carry
 * what went wrong (the option, the value, the arguments left over), so the message is made from
 * those, never from picocli's own wording; a message convo's commands wrote themselves is kept.
 */
final class UsageMessages {
  /** The option picocli names when it finds an unknown one where a value should be. */
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private UsageMessages() {}

  /** What {@code ex} means for someone who typed {@code args}. */
  static String of(ParameterException ex, List<String> args) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return missing(missing, args);
    }
    if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
      return typedName(overwritten.getOverwritten(), args) + " is given more than once";
    }
    if (ex instanceof MaxValuesExceededException && ex.getArgSpec() != null) {
      return typedName(ex.getArgSpec(), args) + " takes fewer values";
    }
    ArgSpec arg = ex.getArgSpec();
    if (ex.getClass() == ParameterException.class && arg != null && ex.getValue() != null) {
      return badValue(arg, ex.getValue(), args);
    }
    return String.valueOf(ex.getMessage());
  }

  private static String unmatched(UnmatchedArgumentException ex) {
    List<String> words = ex.getUnmatched();
    String word = words.isEmpty() ? quotedIn(ex.getMessage()) : words.get(0);
    CommandSpec command = ex.getCommandLine().getCommandSpec();
    String message;
    if (word.startsWith("-") && word.length() > 1) {
      message = "unknown option '" + word + "'";
    } else if (!visibleSubcommands(command).isEmpty() && command.positionalParameters().isEmpty()) {
      message = "unknown command '" + word + "'";
    } else {
      message = "unexpected argument '" + word + "'";
    }
    List<String> suggestions = words.isEmpty() ? List.of() : ex.getSuggestions();
    if (!suggestions.isEmpty()) {
      message += " — did you mean: " + String.join(", ", suggestions) + "?";
    }
    return message;
  }

  private static String missing(MissingParameterException ex, List<String> args) {
    ArgSpec arg = ex.getMissing().get(0);
    if (arg instanceof OptionSpec) {
      String message = typedName(arg, args) + " wants " + wanted(arg);
      String found = ex.getMessage() != null && ex.getMessage().startsWith("Expected parameter")
          ? quotedIn(ex.getMessage().substring(ex.getMessage().lastIndexOf(" but found ")))
          : "";
      return found.isEmpty() ? message : message + ", not '" + found + "'";
    }
    String unknown = unknownOption(ex.getCommandLine().getCommandSpec(), args);
    if (unknown != null) {
      // Picocli reports the missing parameter first; the option nobody knows is the real mistake.
      return unmatched(new UnmatchedArgumentException(ex.getCommandLine(), List.of(unknown)));
    }
    String label = label(arg);
    String description = description(arg);
    return commandName(arg) + " wants " + article(label) + " " + label
        + (description.isEmpty() ? "" : ": " + description);
  }

  private static String badValue(ArgSpec arg, String value, List<String> args) {
    if (isBoolean(arg)) {
      String name = typedName(arg, args);
      return name + " takes no value: write " + name + ", not " + name + "=" + value;
    }
    String who = arg instanceof OptionSpec ? typedName(arg, args) : commandName(arg);
    String wanted = wanted(arg);
    if (isWholeNumber(arg) && value.strip().matches("[+-]?\\d+")) {
      BigInteger number = new BigInteger(value.strip());
      boolean isLong = arg.type() == long.class || arg.type() == Long.class;
      BigInteger max = BigInteger.valueOf(isLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
      BigInteger min = BigInteger.valueOf(isLong ? Long.MIN_VALUE : Integer.MIN_VALUE);
      wanted += number.signum() > 0 ? " of at most " + max : " of at least " + min;
    }
    return who + " wants " + wanted + ", not '" + value + "'";
  }

  /** The first of {@code args} that looks like an option {@code command} does not have, or null. */
  private static String unknownOption(CommandSpec command, List<String> args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return null;
      }
      if (!arg.startsWith("-") || arg.length() < 2 || arg.matches("-\\d.*")) {
        continue;
      }
      String name = arg.startsWith("--") ? arg.split("=", 2)[0] : arg.substring(0, 2);
      if (command.findOption(name) == null) {
        return arg.split("=", 2)[0];
      }
    }
    return null;
  }

  /** What an argument's value must be, as a phrase: "a whole number", "bash, zsh or fish". */
  private static String wanted(ArgSpec arg) {
    if (isWholeNumber(arg)) {
      return "a whole number";
    }
    Iterable<String> candidates = arg.completionCandidates();
    if (candidates != null) {
      List<String> values = new ArrayList<>();
      candidates.forEach(values::add);
      if (!values.isEmpty()) {
        return values.size() == 1 ? values.get(0)
            : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
      }
    }
    if (Path.class.isAssignableFrom(arg.type())) {
      return "a file name";
    }
    String label = label(arg);
    return article(label) + " " + label;
  }

  private static boolean isWholeNumber(ArgSpec arg) {
    Class<?> type = arg.type();
    return type == int.class || type == Integer.class || type == long.class || type == Long.class;
  }

  private static boolean isBoolean(ArgSpec arg) {
    return arg.type() == boolean.class || arg.type() == Boolean.class;
  }

  /**
   * The option's name as the user wrote it ({@code -n} rather than {@code --count}), found in the
   * arguments; its first long name when it is not there.
   */
  private static String typedName(ArgSpec arg, List<String> args) {
    if (!(arg instanceof OptionSpec option)) {
      return label(arg);
    }
    for (int i = args.size() - 1; i >= 0; i--) {
      for (String name : option.names()) {
        String typed = args.get(i);
        if (typed.equals(name) || typed.startsWith(name + "=")
            || (name.length() == 2 && !name.startsWith("--") && typed.startsWith(name))) {
          return name;
        }
      }
    }
    for (String name : option.names()) {
      if (name.startsWith("--")) {
        return name;
      }
    }
    return option.longestName();
  }

  /** The command the argument belongs to, without the program's name: {@code quotes show}. */
  private static String commandName(ArgSpec arg) {
    CommandSpec command = arg.command();
    String qualified = command.qualifiedName(" ");
    int space = qualified.indexOf(' ');
    return space < 0 ? qualified : qualified.substring(space + 1);
  }

  private static String label(ArgSpec arg) {
    return arg.paramLabel().replaceAll("[<>.]", "");
  }

  /** The first line of the argument's description, as a phrase: no capital, no full stop. */
  private static String description(ArgSpec arg) {
    String[] description = arg.description();
    if (description.length == 0 || description[0].isBlank()) {
      return "";
    }
    String text = description[0].strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
    return acronym ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  private static String article(String word) {
    return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String quotedIn(String message) {
    Matcher quoted = QUOTED.matcher(message == null ? "" : message);
    return quoted.find() ? quoted.group(1) : "";
  }

  private static List<String> visibleSubcommands(CommandSpec command) {
    List<String> names = new ArrayList<>();
    for (CommandLine sub : command.subcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        names.add(sub.getCommandSpec().name());
      }
    }
    return names;
  }
}
