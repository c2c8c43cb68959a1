package no.placetrain.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner finds files in directories and jars alike, and refuses conflicting duplicates. */
class ClasspathFolderTest {

  @TempDir Path tmp;

  private Path directoryRoot(String name, String content) throws IOException {
    Path root = tmp.resolve("classes-" + name.hashCode() + "-" + content.hashCode());
    Files.createDirectories(root.resolve("placetrain/forms/nested"));
    Files.writeString(root.resolve("placetrain/forms/" + name), content);
    Files.writeString(root.resolve("placetrain/forms/readme.txt"), "not a form");
    Files.writeString(root.resolve("placetrain/forms/nested/deeper.form"), "{}");
    return root;
  }

  private Path jarRoot(String name, String content) throws IOException {
    Path jar = tmp.resolve("models-" + name.hashCode() + "-" + content.hashCode() + ".jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      for (String entry : new String[] {"placetrain/", "placetrain/forms/"}) {
        j.putNextEntry(new JarEntry(entry));
        j.closeEntry();
      }
      j.putNextEntry(new JarEntry("placetrain/forms/" + name));
      j.write(content.getBytes(StandardCharsets.UTF_8));
      j.closeEntry();
      j.putNextEntry(new JarEntry("placetrain/forms/nested/deeper.form"));
      j.write("{}".getBytes(StandardCharsets.UTF_8));
      j.closeEntry();
    }
    return jar;
  }

  private static URLClassLoader loader(Path... roots) throws IOException {
    URL[] urls = new URL[roots.length];
    for (int i = 0; i < roots.length; i++) {
      urls[i] = roots[i].toUri().toURL();
    }
    return new URLClassLoader(urls, null);
  }

  @Test
  void readsDirectFilesOfTheFolderFromDirectoriesAndJars() throws IOException {
    try (URLClassLoader cl = loader(directoryRoot("a.form", "A"), jarRoot("b.form", "B"))) {
      Map<String, byte[]> files = ClasspathFolder.read(cl, "placetrain/forms", ".form");
      assertThat(files.keySet()).containsExactly("a.form", "b.form");
      assertThat(new String(files.get("b.form"), StandardCharsets.UTF_8)).isEqualTo("B");
    }
  }

  @Test
  void theSameFileTwiceWithDifferentContentIsAnError() throws IOException {
    try (URLClassLoader cl = loader(directoryRoot("a.form", "A"), jarRoot("a.form", "other"))) {
      assertThatThrownBy(() -> ClasspathFolder.read(cl, "placetrain/forms", ".form"))
          .hasMessageContaining("a.form");
    }
  }

  @Test
  void aMissingFolderIsEmpty() throws IOException {
    try (URLClassLoader cl = loader(directoryRoot("a.form", "A"))) {
      assertThat(ClasspathFolder.read(cl, "placetrain/processes", ".bpmn")).isEmpty();
    }
  }
}
