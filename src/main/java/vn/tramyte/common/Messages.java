package vn.tramyte.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user's language: every visible text comes from {@code messages_vi} or {@code messages_en}. */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages("en".equals(language) ? ENGLISH : VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        String pattern = get(key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Label label) {
                resolved[i] = get(label.key());
            }
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    /**
     * The words of another key as an argument, translated when the sentence is: "Số lô: 61 ký
     * tự…" names the field in the reader's language although the problem was found in none.
     */
    public record Label(String key) {
    }

    /**
     * The sentence for something that went wrong: a user's mistake as it is described, anything
     * else as "an unexpected error" whose reason is words from the bundles, never SQL, a stack or
     * the exception's message (issue 14 item 6, issue 17); the full story is in the log.
     */
    public String describe(Throwable error) {
        if (error instanceof UserError userError) {
            return userError.describe(this);
        }
        return format("error.unexpected", reason(error));
    }

    /** Words, never the exception's message (issue 17): a file's trouble, the database, or the program. */
    private Object reason(Throwable error) {
        return error == null ? new Label("error.reason.program") : IoReason.of(error);
    }
}
