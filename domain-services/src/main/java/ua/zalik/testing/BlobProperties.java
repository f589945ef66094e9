package ua.zalik.testing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/** {@code zalik.blobs.dir}: the local blob folder; by default {@code ${zalik.data-dir}/blobs}. */
@ConfigurationProperties("zalik.blobs")
public record BlobProperties(Path dir) {
}
