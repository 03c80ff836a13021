package org.deepdrill.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: compute, check, validate, answers (../shared/compute-ops.md). */
@Command(name = "deepdrill", mixinStandardHelpOptions = true, version = "DeepDrill 0.1.0",
        description = {"Practise deep-learning exam questions with computed answer keys.",
                "Without a command, starts the desktop app."},
        footer = {"", "Examples:",
                "  echo '{\"op\":\"softmax\",\"args\":{\"x\":[1,2,3]}}' | java -jar target/deepdrill.jar compute -",
                "  echo '{\"kind\":\"number\",\"key\":0.8,\"answer\":\"4/5\"}' | java -jar target/deepdrill.jar check -",
                "  java -jar target/deepdrill.jar validate questions/"})
public final class DeepDrillCommand implements Runnable {
    private DeepDrillCommand() {
    }

    @Override
    public void run() {
        // reached only with no subcommand, which Main routes to the app before this
    }

    /** Runs the command line on {@code args}; returns the exit status. Never throws. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Io io = new Io(in, out, err);
        CommandLine cl = new CommandLine(new DeepDrillCommand())
                .addSubcommand(new ComputeCommand(io))
                .addSubcommand(new CheckCommand(io))
                .addSubcommand(new ValidateCommand(io))
                .addSubcommand(new ScheduleCommand(io))
                .addSubcommand(new ProgressCommand(io))
                .addSubcommand(new AnswersCommand(io));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(commandLine.getCommandName() + ": failed: " + e);
            return 2;
        });
        return cl.execute(args);
    }
}
