package org.deepdrill.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.deepdrill.bank.BankValidator;
import org.deepdrill.bank.ValidationIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks question banks (files, or folders of *.json): structure, unique ids, that every key",
                "computes, and that every question grades its own key right and a near miss wrong.",
                "Prints every problem as file:line:column: message."},
        footer = {"", "Exit status: 0 when there is no problem, 1 when there are problems, 2 on a usage error."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "bank files or folders")
    List<Path> paths;

    private final Io io;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        BankValidator.Report report;
        try {
            report = new BankValidator().validate(paths);
        } catch (IOException e) {
            io.err().println("validate: cannot read " + e.getMessage());
            return 2;
        }
        for (ValidationIssue issue : report.issues()) {
            io.out().println(issue);
        }
        int questions = report.banks().stream().mapToInt(b -> b.questions().size()).sum();
        io.err().println("validate: " + report.banks().size() + " bank(s), " + questions + " question(s), "
                + report.issues().size() + " problem(s)");
        return report.issues().isEmpty() ? 0 : 1;
    }
}
