package org.deepdrill.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.deepdrill.bank.BankValidator;
import org.deepdrill.bank.ValidationIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate",
        header = "Check question banks and print every problem.",
        description = {"Checks question banks (files, or folders of *.json): their structure, unique ids, the"
                + " LaTeX of every text the app typesets, that every key computes, and that every question grades its own key right and a near miss wrong."
                + " Prints every problem as file:line:column: message, and a count on standard error. A warning"
                + " (file:line:column: warning: message) is printed too but does not change the exit code."},
        footerHeading = "%nExample:%n",
        footer = {"  java -jar target/deepdrill.jar validate questions/"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "bank files or folders")
    List<String> paths;

    private final Io io;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        BankValidator.Report report;
        try {
            report = new BankValidator().validate(BankPaths.of("validate", paths));
        } catch (BankPaths.Problem e) {
            io.err().println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (IOException e) {
            io.err().println("validate: cannot read " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        for (ValidationIssue issue : report.issues()) {
            io.out().println(issue);
        }
        int questions = report.banks().stream().mapToInt(b -> b.questions().size()).sum();
        long warnings = report.issues().stream().filter(ValidationIssue::warning).count();
        io.err().println("validate: " + report.banks().size() + " bank(s), " + questions + " question(s), "
                + (report.issues().size() - warnings) + " problem(s)" + (warnings > 0 ? ", " + warnings + " warning(s)" : ""));
        return report.hasProblems() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
