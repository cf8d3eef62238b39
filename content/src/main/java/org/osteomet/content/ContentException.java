package org.osteomet.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content cannot be loaded; lists every problem found, not just the first. */
public final class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    ContentException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in content:\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in file order} */
    public List<ContentProblem> problems() {
        return problems;
    }
}
