package org.osteomet.export;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Lists every exported file with its size and SHA-256, sorted by path, in {@code manifest.json}. */
final class Manifest {
    static final String FILE = "manifest.json";

    private Manifest() {}

    /** Returns {@code manifest.json} listing the given entries; it is written last, once they are known. */
    static ExportFile file(String contentVersion, List<ManifestEntry> entries) {
        return new ExportFile(FILE, out -> JsonOutput.document(out, true, json(contentVersion, entries)));
    }

    private static ObjectNode json(String contentVersion, List<ManifestEntry> entries) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("contentVersion", contentVersion);
        ArrayNode files = root.putArray("files");
        for (ManifestEntry entry : entries) {
            ObjectNode file = files.addObject();
            file.put("path", entry.path());
            file.put("size", entry.size());
            file.put("sha256", entry.sha256());
        }
        return root;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
