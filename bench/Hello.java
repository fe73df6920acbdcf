/** The baseline every convo figure is a ratio against: the least a JVM can do from a jar. */
public final class Hello {
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
