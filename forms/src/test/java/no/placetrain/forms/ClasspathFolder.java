package no.placetrain.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files directly inside one classpath folder, whether that folder is a directory
 * ({@code target/classes}) or lies inside a jar (a module installed in the local repository), and
 * across every classpath root that has it. The same file name in two roots with different content
 * is an error: a deployment scanning {@code classpath*:} would see both.
 */
final class ClasspathFolder {

  private ClasspathFolder() {}

  /**
   * @param folder e.g. {@code placetrain/forms} (no leading or trailing slash)
   * @param suffix e.g. {@code .form}
   * @return file name → content, sorted by name
   */
  static Map<String, byte[]> read(String folder, String suffix) {
    return read(ClasspathFolder.class.getClassLoader(), folder, suffix);
  }

  static Map<String, byte[]> read(ClassLoader loader, String folder, String suffix) {
    Map<String, byte[]> files = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources(folder);
      for (URL url : Collections.list(roots)) {
        switch (url.getProtocol()) {
          case "file" -> readDirectory(Paths.get(url.toURI()), suffix, files);
          case "jar" -> readJar(url, folder, suffix, files);
          default -> throw new IllegalStateException("cannot list " + url);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  private static void readDirectory(Path dir, String suffix, Map<String, byte[]> files)
      throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && name.endsWith(suffix)) {
          put(files, name, Files.readAllBytes(p), p.toString());
        }
      }
    }
  }

  private static void readJar(URL url, String folder, String suffix, Map<String, byte[]> files)
      throws IOException {
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    String prefix = folder + "/";
    try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (!entry.isDirectory()
            && name.startsWith(prefix)
            && name.indexOf('/', prefix.length()) < 0
            && name.endsWith(suffix)) {
          try (InputStream in = jar.getInputStream(entry)) {
            put(files, name.substring(prefix.length()), in.readAllBytes(), url + "!" + name);
          }
        }
      }
    }
  }

  private static void put(Map<String, byte[]> files, String name, byte[] content, String where) {
    byte[] previous = files.putIfAbsent(name, content);
    if (previous != null && !Arrays.equals(previous, content)) {
      throw new IllegalStateException(
          name + " is on the classpath twice with different content (one of them: " + where + ")");
    }
  }
}
