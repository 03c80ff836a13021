package org.deepdrill.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: compute, check, validate, schedule, progress, answers, ops, export and help. The ops and request formats are
 * those of src/site/markdown/compute-ops.md; the commands are described in
 * src/site/markdown/cli.md.
 */
@Command(name = "deepdrill", mixinStandardHelpOptions = true, versionProvider = DeepDrillCommand.Version.class,
        header = "Practise deep-learning exam questions with computed answer keys.",
        description = {"Without a command, starts the desktop app. With one, runs it and exits with one of the"
                + " codes below.",
                "The ops and request formats: src/site/markdown/compute-ops.md"},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  echo '{\"op\":\"softmax\",\"args\":{\"x\":[1,2,3]}}' \\",
            "    | java -jar target/deepdrill.jar compute -",
            "  echo '{\"kind\":\"number\",\"key\":0.8,\"answer\":\"4/5\"}' \\",
            "    | java -jar target/deepdrill.jar check -",
            "  java -jar target/deepdrill.jar validate questions/",
            "  java -jar target/deepdrill.jar help validate"})
public final class DeepDrillCommand implements Runnable {
    private DeepDrillCommand() {
    }

    @Override
    public void run() {
        // reached only with no subcommand, which Main routes to the app before this
    }

    /** Runs the command line on {@code args}; returns the exit status. Never throws. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return commandLine(in, out, err).execute(args);
    }

    /** The command tree, ready to execute; tests render its help. */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        Io io = new Io(in, out, err);
        CommandLine cl = new CommandLine(new DeepDrillCommand())
                .addSubcommand(new ComputeCommand(io))
                .addSubcommand(new CheckCommand(io))
                .addSubcommand(new ValidateCommand(io))
                .addSubcommand(new ScheduleCommand(io))
                .addSubcommand(new ProgressCommand(io))
                .addSubcommand(new AnswersCommand(io))
                .addSubcommand(new OpsCommand(io))
                .addSubcommand(ExportCommand.of(io));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(commandLine.getCommandName() + ": failed: " + e);
            return ExitCodes.CANNOT_RUN;
        });
        // added after the commands so that it is listed last; out and err again so it gets them too
        cl.addSubcommand(new CommandLine.HelpCommand());
        UsageHelp.apply(cl);
        cl.setUsageHelpAutoWidth(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    /**
     * The version from the jar's manifest (Implementation-Version, which Maven writes from the
     * pom), or "dev" when running from compiled classes, which have no manifest.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"DeepDrill " + of(DeepDrillCommand.class.getPackage())};
        }

        static String of(Package p) {
            String v = p == null ? null : p.getImplementationVersion();
            return v == null || v.isBlank() ? "dev" : v;
        }
    }
}
