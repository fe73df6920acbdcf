import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The same library searched with Apache Lucene 9.12.3 (CJK bigrams), for the comparison only:
 * {@code java -cp target/convo.jar:lucene-core.jar:lucene-analysis-common.jar:CLASSES LuceneLibrary
 * index LIBRARY INDEX} indexes every turn of every corpus; {@code ... search INDEX TERM} runs one
 * phrase query and loads the stored text of every hit, as a search must to print them.
 */
public final class LuceneLibrary {
  public static void main(String[] args) throws Exception {
    Analyzer analyzer = new CJKAnalyzer();
    if (args[0].equals("index")) {
      try (IndexWriter writer = new IndexWriter(FSDirectory.open(Path.of(args[2])), new IndexWriterConfig(analyzer));
          Stream<Path> files = Files.list(Path.of(args[1]))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          Corpus corpus = CorpusReader.read(file);
          for (Turn turn : corpus.turns()) {
            Document doc = new Document();
            doc.add(new StringField("conversation", file.getFileName().toString(), Field.Store.YES));
            doc.add(new StoredField("turn", turn.id()));
            doc.add(new TextField("text", turn.text(), Field.Store.YES));
            writer.addDocument(doc);
          }
        }
      }
      return;
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[1])))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      PhraseQuery.Builder phrase = new PhraseQuery.Builder();
      try (TokenStream tokens = analyzer.tokenStream("text", args[2])) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        int position = 0;
        while (tokens.incrementToken()) {
          phrase.add(new org.apache.lucene.index.Term("text", term.toString()), position++);
        }
        tokens.end();
      }
      TopDocs top = searcher.search(phrase.build(), Integer.MAX_VALUE);
      int chars = 0;
      for (ScoreDoc hit : top.scoreDocs) {
        chars += searcher.storedFields().document(hit.doc).get("text").length();
      }
      System.out.println(top.scoreDocs.length + " " + (chars > 0 ? List.of() : List.of("none")).size());
    }
  }
}
