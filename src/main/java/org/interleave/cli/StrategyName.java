package org.interleave.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.interleave.explore.CheckOptions.StrategyKind;
import org.interleave.level.Quote;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The search strategies of {@code check --strategy}, by the names the command line gives them.
 * Picocli converts the option with {@link Converter}, which names the choices when it refuses one.
 */
enum StrategyName {
    DFS("dfs", StrategyKind.DFS),
    RANDOM("random", StrategyKind.RANDOM),
    PCT("pct", StrategyKind.PCT),
    ROUND_ROBIN("round-robin", StrategyKind.ROUNDROBIN);

    private final String name;
    private final StrategyKind kind;

    StrategyName(String name, StrategyKind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** The strategy the checker runs. */
    StrategyKind kind() {
        return kind;
    }

    /** The name on the command line: {@code round-robin}. */
    @Override
    public String toString() {
        return name;
    }

    /** Reads a strategy by its command-line name. */
    static final class Converter implements ITypeConverter<StrategyName> {
        @Override
        public StrategyName convert(String value) {
            return Arrays.stream(values()).filter(s -> s.name.equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown strategy " + Quote.quote(value) + ": use "
                            + Arrays.stream(values()).limit(values().length - 1L).map(StrategyName::toString)
                                    .collect(Collectors.joining(", "))
                            + " or " + values()[values().length - 1]));
        }
    }
}
