package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.Language;

/** How an access is written: server, expiry, traffic and the share link; and its QR code. */
public final class Access {

    private Access() {
    }

    public static String text(Ui ui, Language language, String key, AccessDetails access) {
        return ui.t(language, key, Texts.escape(access.serverName()), ui.formats().expiry(language, access),
                ui.formats().traffic(language, access.quota()), Texts.code(access.shareLink()));
    }

    public static Reply.QrPhoto qr(Ui ui, Language language, AccessDetails access) {
        return new Reply.QrPhoto(access.shareLink(), "tollgate-" + access.subscription() + ".png",
                ui.t(language, "qr.caption", Texts.escape(access.serverName())));
    }
}
