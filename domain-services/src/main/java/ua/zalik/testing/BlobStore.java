package ua.zalik.testing;

import java.util.Optional;

/** Where question images live: a local folder by default, S3 in AWS later. Keys are opaque, chosen by the caller. */
public interface BlobStore {

    void put(String key, byte[] content);

    Optional<byte[]> get(String key);

    void delete(String key);
}
