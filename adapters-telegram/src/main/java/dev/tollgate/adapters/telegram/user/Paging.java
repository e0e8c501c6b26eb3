package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.domain.customer.Language;
import java.util.ArrayList;
import java.util.List;

/** Previous/next buttons for lists that can grow; the page number in callback data is clamped, never trusted. */
public final class Paging {

    private Paging() {
    }

    /** The page asked for in argument {@code index}, clamped to the pages there are. */
    public static int page(CallbackData data, int index, int pages) {
        String arg = data.arg(index).orElse("0");
        int page;
        try {
            page = arg.length() > 6 ? 0 : Integer.parseInt(arg);
        } catch (NumberFormatException e) {
            page = 0;
        }
        return Math.max(0, Math.min(page, pages - 1));
    }

    public static List<Button> buttons(Ui ui, Language language, String screen, int page, int pages) {
        List<Button> row = new ArrayList<>();
        if (page > 0) {
            row.add(Button.tap(ui.t(language, "button.previous"), CallbackData.of(screen, page - 1)));
        }
        if (page + 1 < pages) {
            row.add(Button.tap(ui.t(language, "button.next"), CallbackData.of(screen, page + 1)));
        }
        return row;
    }
}
