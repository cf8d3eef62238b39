package org.osteomet.content.internal;

import org.osteomet.content.ContentProblem;

/** Thrown when a file is not strict JSON; carries the located problem. */
public final class JsonReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ContentProblem problem;

    JsonReadException(ContentProblem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    /** {@return the located problem} */
    public ContentProblem problem() {
        return problem;
    }
}
