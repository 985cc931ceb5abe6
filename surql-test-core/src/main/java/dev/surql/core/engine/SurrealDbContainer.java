package dev.surql.core.engine;

import java.net.URI;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A Testcontainers module for SurrealDB: {@code surrealdb/surrealdb} running {@code start --user …
 * --pass … memory}, ready once {@code GET /health} answers 200.
 *
 * <pre>{@code
 * try (SurrealDbContainer surreal = new SurrealDbContainer().withPassword("secret")) {
 *   surreal.start();
 *   URI url = surreal.getHttpUrl();
 * }
 * }</pre>
 */
public class SurrealDbContainer extends GenericContainer<SurrealDbContainer> {
  public static final String IMAGE = "surrealdb/surrealdb";
  public static final String DEFAULT_TAG = "v3.0.2";
  public static final int PORT = 8000;

  private String username = "root";
  private String password = "root";

  public SurrealDbContainer() {
    this(DockerImageName.parse(IMAGE).withTag(DEFAULT_TAG));
  }

  public SurrealDbContainer(String image) {
    this(DockerImageName.parse(image));
  }

  // Configuring itself with withX() in the constructor is how Testcontainers modules are written;
  // JDK 21+ javac flags that as a possible 'this' escape (JDK 17 ignores the unknown key).
  @SuppressWarnings("this-escape")
  public SurrealDbContainer(DockerImageName image) {
    super(image);
    image.assertCompatibleWith(DockerImageName.parse(IMAGE));
    withExposedPorts(PORT);
    waitingFor(Wait.forHttp("/health").forPort(PORT).forStatusCode(200));
  }

  public SurrealDbContainer withUsername(String username) {
    this.username = username;
    return self();
  }

  public SurrealDbContainer withPassword(String password) {
    this.password = password;
    return self();
  }

  @Override
  protected void configure() {
    setCommand("start", "--user", username, "--pass", password, "--bind", "0.0.0.0:" + PORT, "memory");
  }

  public String getUsername() {
    return username;
  }

  public String getPassword() {
    return password;
  }

  /** The URL of the HTTP API as seen from the host. */
  public URI getHttpUrl() {
    return URI.create("http://" + getHost() + ":" + getMappedPort(PORT));
  }
}
