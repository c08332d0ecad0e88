package vn.tramyte.app;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;
import vn.tramyte.security.Session;

/**
 * Locks the window after {@link Session#IDLE_LOCK} without a key or a click (a shared PC, issue 13).
 * Every key and mouse press counts as activity; a ticker looks every 20 seconds whether the session's
 * clock says it is idle (tests move the injected clock and call {@link #check()}).
 */
final class IdleLock {
    private final Session session;
    private final Runnable onLock;
    private final EventHandler<InputEvent> activity;
    private Timeline ticker;
    private Scene scene;

    IdleLock(Session session, Runnable onLock) {
        this.session = session;
        this.onLock = onLock;
        this.activity = e -> {
            if (e.getEventType() == javafx.scene.input.KeyEvent.KEY_PRESSED
                    || e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED
                    || e.getEventType() == javafx.scene.input.ScrollEvent.SCROLL) {
                session.touch();
            }
        };
    }

    void watch(Scene watched) {
        stop();
        this.scene = watched;
        session.touch();
        scene.addEventFilter(InputEvent.ANY, activity);
        ticker = new Timeline(new KeyFrame(Duration.seconds(20), e -> check()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** Locks now if the session has been idle long enough. */
    void check() {
        if (ticker != null && session.loggedIn() && session.idleTooLong()) {
            onLock.run();
        }
    }

    void stop() {
        if (ticker != null) {
            ticker.stop();
            ticker = null;
        }
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, activity);
            scene = null;
        }
    }
}
