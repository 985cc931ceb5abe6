package dev.surql.testcontainers;

import java.net.URI;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A Testcontainers module for SurrealDB: {@code surrealdb/surrealdb} running {@code start --bind
 * 0.0.0.0:8000 memory}, ready once {@code GET /health} answers 200. The root user's name and
 * password reach the server as its {@code SURREAL_USER} and {@code SURREAL_PASS} environment
 * variables, never on its command line.
 *
 * <pre>{@code
 * try (SurrealDbContainer surreal = new SurrealDbContainer().withPassword("secret")) {
 *   surreal.start();
 *   URI url = surreal.getHttpUrl();
 * }
 * }</pre>
 */
public class SurrealDbContainer extends GenericContainer<SurrealDbContainer> {
  /** The image repository, {@code surrealdb/surrealdb}. */
  public static final String IMAGE = "surrealdb/surrealdb";

  /** The tag {@link #SurrealDbContainer()} runs: SurrealDB 3.0.2. */
  public static final String DEFAULT_TAG = "v3.0.2";

  /** The HTTP port inside the container. */
  public static final int PORT = 8000;

  private String username = "root";
  private String password = "root";

  /** {@value #IMAGE}:{@value #DEFAULT_TAG}. */
  public SurrealDbContainer() {
    this(DockerImageName.parse(IMAGE).withTag(DEFAULT_TAG));
  }

  /** An image of {@value #IMAGE}, e.g. {@code surrealdb/surrealdb:v2.6.0}. */
  public SurrealDbContainer(String image) {
    this(DockerImageName.parse(image));
  }

  // Configuring itself with withX() in the constructor is how Testcontainers modules are written;
  // JDK 21+ javac flags that as a possible 'this' escape (JDK 17 ignores the unknown key).
  /** An image of {@value #IMAGE} (or one declared compatible with it). */
  @SuppressWarnings("this-escape")
  public SurrealDbContainer(DockerImageName image) {
    super(image);
    image.assertCompatibleWith(DockerImageName.parse(IMAGE));
    withExposedPorts(PORT);
    waitingFor(Wait.forHttp("/health").forPort(PORT).forStatusCode(200));
  }

  /** The root user's name ({@code root} by default). */
  public SurrealDbContainer withUsername(String username) {
    this.username = username;
    return self();
  }

  /** The root user's password ({@code root} by default). */
  public SurrealDbContainer withPassword(String password) {
    this.password = password;
    return self();
  }

  @Override
  protected void configure() {
    // SurrealDB's start command reads these when --user and --pass are not given
    withEnv("SURREAL_USER", username);
    withEnv("SURREAL_PASS", password);
    setCommand("start", "--bind", "0.0.0.0:" + PORT, "memory");
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
