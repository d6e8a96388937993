package org.interleave;

import org.interleave.app.InterleaveApp;
import org.interleave.app.StartSplash;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.cli.Main;

/**
 * The jar's entry point: no arguments start the game, any arguments run a headless command.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: the JavaFX
 * launcher refuses to start such a class from a plain class path ({@code java -jar}). It also
 * names {@link InterleaveApp} only inside the game branch, so the command-line path never loads
 * a JavaFX or FXGL class and runs on machines without a display.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            StartSplash.show();  // at once: JavaFX and FXGL take seconds to show the menu
            CampaignCatalog.loadEarly();  // on the other core meanwhile, not on the FX thread after them
            InterleaveApp.main(args);
        } else {
            System.exit(Main.execute(args));
        }
    }
}
