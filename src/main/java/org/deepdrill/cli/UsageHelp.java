package org.deepdrill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How every command's help looks, set once for the whole tree (including commands added later):
 * subcommands get {@code -h/--help} but not {@code -V/--version} (the version is the program's,
 * so only {@code deepdrill -V} prints it), every command prints the same exit-code table, and
 * the help fits the terminal's width.
 */
final class UsageHelp {
    private UsageHelp() {
    }

    static void apply(CommandLine top) {
        for (CommandLine sub : top.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (sub.getCommand() instanceof CommandLine.HelpCommand) {
                // picocli's own wording, in the voice of the other commands and without its blank lines
                spec.usageMessage().header("Print the help of a command.")
                        .description("Prints what COMMAND --help prints; without a COMMAND, the help of deepdrill.");
            } else if (spec.findOption("--help") == null) {
                spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
        }
        applyUsage(top);
    }

    private static void applyUsage(CommandLine cl) {
        cl.getCommandSpec().usageMessage()
                .synopsisHeading("%nUsage: ")
                .descriptionHeading("%n")
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.TABLE);
        cl.getSubcommands().values().forEach(UsageHelp::applyUsage);
    }
}
