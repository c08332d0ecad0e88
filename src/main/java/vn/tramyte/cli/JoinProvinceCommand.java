package vn.tramyte.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;

/**
 * {@code tramyte join-province --enrolment FILE --code CODE}: at a centre, keeps the key pair its province
 * made for it and the province's certificate, as a station's {@code init --enrolment} does (decision 0016).
 */
@Command(name = "join-province", mixinStandardHelpOptions = true)
public final class JoinProvinceCommand extends GlobalCommand {
    @Option(names = "--enrolment", required = true, paramLabel = "FILE")
    Path enrolment;

    @Option(names = "--code", required = true, paramLabel = "CODE")
    String code;

    @Override
    public Integer call() {
        try (Services services = global.open()) {
            String province = services.sync().joinProvince(enrolment, code);
            spec.commandLine().getOut().println(global.messages().format("cli.joinProvince.done", province));
        }
        return Cli.OK;
    }
}
