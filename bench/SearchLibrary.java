import dev.convo.library.Library;
import java.nio.file.Path;
import java.util.List;

/**
 * One search across a library through its indexes, as {@code convo search} over the library will
 * run it: {@code java -cp target/convo.jar:CLASSES SearchLibrary DIR TERM...}; prints the count.
 */
public final class SearchLibrary {
  public static void main(String[] args) throws Exception {
    Library library = new Library(Path.of(args[0]));
    System.out.println(library.find(List.of(args).subList(1, args.length), List.of()).size());
  }
}
