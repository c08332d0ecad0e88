package vn.tramyte.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;
import vn.tramyte.common.AppVersion;
import vn.tramyte.common.Messages;
import vn.tramyte.place.Installation;

/** {@code tramyte info}: mode, place, database version and the count of every table. */
@Command(name = "info", mixinStandardHelpOptions = true)
public final class InfoCommand extends GlobalCommand {
    @Override
    public Integer call() {
        Messages m = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = global.open()) {
            Optional<Installation> installation = services.setup().installation();
            out.println(m.format("cli.info.program", AppVersion.app()));
            out.println(m.format("cli.info.dataFolder", services.database().dataDir().toString()));
            services.database().server().ifPresent(server -> out.println(m.format("cli.info.server", server.place(),
                    String.valueOf(server.user()))));
            if (installation.isEmpty()) {
                out.println(m.get("cli.info.notSetUp"));
            } else {
                Installation i = installation.get();
                out.println(m.format("cli.info.mode", m.get(i.mode().messageKey())));
                out.println(m.format("cli.info.place", i.place().label(), i.place().codeList().code()));
                if (i.demo()) {
                    out.println(m.get("cli.info.demo"));
                }
            }
            out.println(m.format("cli.info.schema", services.database().schemaVersion()));
            out.println(m.format("cli.info.changeCounter", String.valueOf(services.database().lastChangeSeq())));
            out.println(m.get("cli.info.counts"));
            for (Map.Entry<String, Integer> e : services.database().tableCounts().entrySet()) {
                out.printf("  %-20s %d%n", e.getKey(), e.getValue());
            }
        }
        return Cli.OK;
    }
}
