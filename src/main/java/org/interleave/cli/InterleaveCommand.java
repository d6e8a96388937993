package org.interleave.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The root command: groups check, replay and the other headless commands.
 *
 * <p>Its model is built with picocli's programmatic API by {@link #spec(List)}, which can leave
 * out the commands that do not run: each annotated command costs time to read at every start
 * (issue 17). {@code new CommandLine(new InterleaveCommand())} reads the annotation below, whose
 * transformer builds the same model with every command.
 */
@Command(modelTransformer = InterleaveCommand.EveryCommand.class)
public final class InterleaveCommand implements Runnable {
    /** The commands, in the order the usage lists them. */
    static final List<String> COMMANDS =
            List.of("check", "replay", "run", "bench", "validate", "export-go", "import-go", "compare");

    private CommandSpec spec;

    /** The root's model with the given commands (in {@link #COMMANDS}' order). */
    static CommandSpec spec(List<String> commands) {
        return define(CommandSpec.wrapWithoutInspection(new InterleaveCommand()), commands);
    }

    private static CommandSpec define(CommandSpec root, List<String> commands) {
        ((InterleaveCommand) root.userObject()).spec = root;
        root.name("interleave").version("Interleave 0.1");
        root.usageMessage().description("Verify and replay Interleave designs from the command line.");
        addStandardHelp(root);
        for (String name : COMMANDS) {
            if (commands.contains(name)) {
                root.addSubcommand(name, new CommandLine(command(name)));
            }
        }
        return root;
    }

    /** A command's model, or the annotated command object picocli reads it from. */
    private static Object command(String name) {
        return switch (name) {
            case "check" -> CheckCommand.spec();
            case "replay" -> new ReplayCommand();
            case "run" -> new RunCommand();
            case "bench" -> new BenchCommand();
            case "validate" -> new ValidateCommand();
            case "export-go" -> new ExportGoCommand();
            case "import-go" -> new ImportGoCommand();
            case "compare" -> new CompareCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** The {@code -h} and {@code -V} options that {@code mixinStandardHelpOptions = true} adds to an annotated command. */
    static void addStandardHelp(CommandSpec spec) {
        CommandSpec help = CommandSpec.create();
        help.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        help.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
                .build());
        spec.addMixin("mixinStandardHelpOptions", help);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Turns the model picocli read from the annotation into {@link #spec(List)}'s, with every command. */
    static final class EveryCommand implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec annotated) {
            return define(annotated, COMMANDS);
        }
    }
}
