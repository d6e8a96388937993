package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.interleave.gobridge.parse.GoSubsetLexer;
import org.interleave.gobridge.parse.GoSubsetParser;

/** Parses one Go file with the project's ANTLR grammar ({@code GoSubset.g4}), collecting every syntax error. */
final class GoParser {
    private GoParser() {}

    static GoSubsetParser.SourceFileContext parse(String source) throws GoImportException {
        List<GoImportException.Problem> problems = new ArrayList<>();
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column,
                                    String msg, RecognitionException e) {
                boolean atEnd = offending instanceof org.antlr.v4.runtime.Token t && t.getType() == org.antlr.v4.runtime.Token.EOF;
                problems.add(new GoImportException.Problem(line, column + 1, atEnd
                        ? "syntax error: unexpected end of file (is a closing } or ) missing?)" : "syntax error: " + msg));
            }
        };
        GoSubsetLexer lexer = new GoSubsetLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        GoSubsetParser parser = new GoSubsetParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        GoSubsetParser.SourceFileContext tree = parser.sourceFile();
        if (!problems.isEmpty()) {
            throw new GoImportException(problems.size() > 10 ? problems.subList(0, 10) : problems);
        }
        return tree;
    }
}
