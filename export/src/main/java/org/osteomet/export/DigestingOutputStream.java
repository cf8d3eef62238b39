package org.osteomet.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes on while counting them and taking their SHA-256, for the manifest entry of a streamed file. */
final class DigestingOutputStream extends FilterOutputStream {
    private final MessageDigest digest;
    private long size;

    DigestingOutputStream(OutputStream out) {
        super(out);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        size += length;
    }

    /** Returns the entry for what was written so far; call it once, after the last byte. */
    ManifestEntry entry(String path) {
        return new ManifestEntry(path, size, HexFormat.of().formatHex(digest.digest()));
    }
}
