package org.osteomet.bench;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Runs the JMH benchmarks in this jar, passing every argument on to JMH. */
@Command(name = "jmh", description = "Run the JMH benchmarks; arguments go to JMH (try: jmh -h).")
final class JmhCommand implements Callable<Integer> {
    @Parameters(description = "JMH arguments")
    List<String> arguments = List.of();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(arguments.toArray(String[]::new));
        return 0;
    }
}
