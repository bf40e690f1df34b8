package io.github.ratecard.fx;

import io.github.ratecard.domain.InvalidInputException;
import java.util.List;

/** An imported file with wrong lines: nothing of it was kept. Names each wrong line (the first ones) with what is wrong. */
public class FxImportException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<LineError> errors;
    private final int wrongLines;

    public FxImportException(List<LineError> errors, int wrongLines) {
        super("file", wrongLines + (wrongLines == 1 ? " line is" : " lines are") + " wrong, nothing was imported: "
                + errors.get(0).line() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
        this.wrongLines = wrongLines;
    }

    /** The first wrong lines, in file order. */
    public List<LineError> errors() {
        return errors;
    }

    /** How many lines are wrong, also beyond those listed. */
    public int wrongLines() {
        return wrongLines;
    }

    /** One wrong line: its number in the file (1 is the first) and what is wrong with it. */
    public record LineError(int line, String message) {
    }
}
