package org.osteomet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code osteomet site}: validates, then writes the static review site, every claim beside its quote. */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        description = "Validates the content, then writes the review site (open DIR/index.html, works offline);"
                + " writes nothing if there are errors.")
final class SiteCommand implements Callable<Integer> {
    @Mixin
    Exports exports = new Exports();

    @Override
    public Integer call() {
        return exports.writeSite();
    }
}
