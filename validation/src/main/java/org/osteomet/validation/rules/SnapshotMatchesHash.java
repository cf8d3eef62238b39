package org.osteomet.validation.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.osteomet.content.internal.Located;
import org.osteomet.core.Source;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;

/** Every source has its snapshot at {@code snapshots/<id>.txt}, whose SHA-256 matches the source record. */
@RuleSpec(severity = Severity.ERROR, summary = "Every source has a snapshot whose SHA-256 matches its record")
public final class SnapshotMatchesHash extends Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Source> located : context.files().sources()) {
            Source source = located.value();
            String expectedPath = "snapshots/" + source.id() + ".txt";
            if (!source.snapshot().equals(expectedPath)) {
                findings.add(finding(
                        context,
                        located.file(),
                        located.pointer() + "/snapshot",
                        "snapshot of source " + source.id() + " must be " + expectedPath,
                        expectedPath,
                        source.snapshot()));
                continue;
            }
            byte[] bytes = context.files().snapshots().get(source.id());
            if (bytes == null) {
                findings.add(finding(
                        context,
                        located.file(),
                        located.pointer() + "/snapshot",
                        "snapshot file " + expectedPath + " of source " + source.id() + " is missing"));
                continue;
            }
            String actual = sha256(bytes);
            if (!actual.equals(source.sha256())) {
                findings.add(finding(
                        context,
                        located.file(),
                        located.pointer() + "/sha256",
                        "the SHA-256 of " + expectedPath
                                + " does not match: the snapshot was edited, or the hash is wrong",
                        source.sha256(),
                        actual));
            }
        }
        for (String id : context.files().snapshots().keySet()) {
            if (context.content().source(id).isEmpty()) {
                findings.add(finding(
                        context,
                        "snapshots/" + id + ".txt",
                        "",
                        "snapshot has no source with id " + id + " in sources.json"));
            }
        }
        return findings;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
