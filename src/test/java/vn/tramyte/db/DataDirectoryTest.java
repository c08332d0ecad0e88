package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void eachSystemHasItsPerUserFolder() {
        assertEquals(Path.of("C:/Users/huong/AppData/Local", "TramYTe"), DataDirectory.resolve(null,
                Map.of("LOCALAPPDATA", "C:/Users/huong/AppData/Local"), "Windows 10", "C:/Users/huong"));
        assertEquals(Path.of("/home/huong/.local/share/tramyte"),
                DataDirectory.resolve(null, Map.of(), "Linux", "/home/huong"));
        assertEquals(Path.of("/Users/huong/Library/Application Support/TramYTe"),
                DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/huong"));
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENV_VARIABLE, "/srv/tramyte");
        assertEquals(Path.of("/srv/tramyte"), DataDirectory.resolve(null, env, "Linux", "/home/huong"));
        assertEquals(Path.of("/data/x").toAbsolutePath(), DataDirectory.resolve("/data/x", env, "Linux", "/home/huong"));
    }
}
