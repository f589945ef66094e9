package ua.zalik.dialogs.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zalik.dashboard.url}: the dashboard's public address (e.g. https://zalik.school.ua), for links in chat
 * messages. Telegram opens only https links from buttons, so without one (locally) messages carry no link button.
 */
@ConfigurationProperties("zalik.dashboard")
record DashboardProperties(String url) {

    DashboardProperties {
        url = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        if (url != null && !url.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("zalik.dashboard.url must be an http(s) address, not " + url);
        }
    }

    /** The page's https link, or empty when there is no https dashboard address to link to. */
    java.util.Optional<String> link(String path) {
        return url != null && url.startsWith("https://") ? java.util.Optional.of(url + path) : java.util.Optional.empty();
    }
}
