package dev.tollgate.bootstrap.http;

import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.EnumMap;
import java.util.Map;

/** What the HTTP front says to people, in the bot's three languages. */
final class Texts {

    private static final Map<Language, Map<String, String>> TEXTS = new EnumMap<>(Language.class);

    static {
        TEXTS.put(Language.EN, Map.ofEntries(
                Map.entry("placeholder.EXPIRED", "Subscription expired: renew it in the bot"),
                Map.entry("placeholder.LIMITED", "Traffic used up: renew it in the bot"),
                Map.entry("placeholder.REVOKED", "Subscription ended: buy a new one in the bot"),
                Map.entry("placeholder.SUSPENDED", "Suspended by the shop: ask support in the bot"),
                Map.entry("placeholder.PENDING_ACTIVATION", "Being set up: try again in a minute"),
                Map.entry("announce.expiring", "Your subscription ends in less than 3 days: renew it in the bot."),
                Map.entry("announce.quota", "You have used more than 90% of your traffic."),
                Map.entry("page.title", "Your subscription"),
                Map.entry("status.ACTIVE", "Active"),
                Map.entry("status.EXPIRED", "Expired"),
                Map.entry("status.LIMITED", "Traffic used up"),
                Map.entry("status.REVOKED", "Ended"),
                Map.entry("status.SUSPENDED", "Suspended"),
                Map.entry("status.PENDING_ACTIVATION", "Being set up"),
                Map.entry("page.plan", "Plan"),
                Map.entry("kind.TRIAL", "Free trial"),
                Map.entry("kind.PAID", "Paid"),
                Map.entry("kind.GRANT", "Gift from the shop"),
                Map.entry("page.server", "Server"),
                Map.entry("page.status", "Status"),
                Map.entry("page.expires", "Expires"),
                Map.entry("page.never", "never"),
                Map.entry("page.traffic", "Traffic"),
                Map.entry("page.unlimited", "unlimited"),
                Map.entry("page.none", "You have no subscription yet. Open the bot to start a free trial or buy a plan."),
                Map.entry("page.qr", "Scan this code with your VPN app to add the subscription."),
                Map.entry("page.url", "Subscription URL"),
                Map.entry("page.copy", "Copy"),
                Map.entry("page.apps", "Add to your app"),
                Map.entry("page.steps", "Install one of these apps, tap its button (or scan the code), then connect. The app updates the servers by itself."),
                Map.entry("page.links", "Servers, one by one"),
                Map.entry("page.support", "Support")));
        TEXTS.put(Language.FA, Map.ofEntries(
                Map.entry("placeholder.EXPIRED", "اشتراک منقضی شده است: در ربات تمدید کنید"),
                Map.entry("placeholder.LIMITED", "حجم تمام شده است: در ربات تمدید کنید"),
                Map.entry("placeholder.REVOKED", "اشتراک پایان یافته است: در ربات اشتراک جدید بخرید"),
                Map.entry("placeholder.SUSPENDED", "اشتراک توسط فروشگاه متوقف شده است: از پشتیبانی در ربات بپرسید"),
                Map.entry("placeholder.PENDING_ACTIVATION", "در حال آماده‌سازی: یک دقیقه دیگر دوباره امتحان کنید"),
                Map.entry("announce.expiring", "اشتراک شما کمتر از ۳ روز دیگر تمام می‌شود: در ربات تمدید کنید."),
                Map.entry("announce.quota", "بیش از ۹۰٪ حجم شما مصرف شده است."),
                Map.entry("page.title", "اشتراک شما"),
                Map.entry("status.ACTIVE", "فعال"),
                Map.entry("status.EXPIRED", "منقضی"),
                Map.entry("status.LIMITED", "حجم تمام شده"),
                Map.entry("status.REVOKED", "پایان یافته"),
                Map.entry("status.SUSPENDED", "متوقف"),
                Map.entry("status.PENDING_ACTIVATION", "در حال آماده‌سازی"),
                Map.entry("page.plan", "طرح"),
                Map.entry("kind.TRIAL", "آزمایشی رایگان"),
                Map.entry("kind.PAID", "خریداری‌شده"),
                Map.entry("kind.GRANT", "هدیهٔ فروشگاه"),
                Map.entry("page.server", "سرور"),
                Map.entry("page.status", "وضعیت"),
                Map.entry("page.expires", "انقضا"),
                Map.entry("page.never", "بدون انقضا"),
                Map.entry("page.traffic", "حجم"),
                Map.entry("page.unlimited", "نامحدود"),
                Map.entry("page.none", "هنوز اشتراکی ندارید. ربات را باز کنید تا آزمایشی رایگان بگیرید یا طرحی بخرید."),
                Map.entry("page.qr", "این کد را با برنامهٔ VPN خود اسکن کنید تا اشتراک اضافه شود."),
                Map.entry("page.url", "نشانی اشتراک"),
                Map.entry("page.copy", "کپی"),
                Map.entry("page.apps", "افزودن به برنامه"),
                Map.entry("page.steps", "یکی از این برنامه‌ها را نصب کنید، دکمهٔ آن را بزنید (یا کد را اسکن کنید) و وصل شوید. برنامه سرورها را خودش به‌روز می‌کند."),
                Map.entry("page.links", "سرورها، یکی‌یکی"),
                Map.entry("page.support", "پشتیبانی")));
        TEXTS.put(Language.RU, Map.ofEntries(
                Map.entry("placeholder.EXPIRED", "Подписка истекла: продлите её в боте"),
                Map.entry("placeholder.LIMITED", "Трафик исчерпан: продлите подписку в боте"),
                Map.entry("placeholder.REVOKED", "Подписка завершена: купите новую в боте"),
                Map.entry("placeholder.SUSPENDED", "Подписка приостановлена магазином: напишите в поддержку в боте"),
                Map.entry("placeholder.PENDING_ACTIVATION", "Подписка настраивается: попробуйте через минуту"),
                Map.entry("announce.expiring", "Подписка закончится меньше чем через 3 дня: продлите её в боте."),
                Map.entry("announce.quota", "Вы израсходовали больше 90% трафика."),
                Map.entry("page.title", "Ваша подписка"),
                Map.entry("status.ACTIVE", "Активна"),
                Map.entry("status.EXPIRED", "Истекла"),
                Map.entry("status.LIMITED", "Трафик исчерпан"),
                Map.entry("status.REVOKED", "Завершена"),
                Map.entry("status.SUSPENDED", "Приостановлена"),
                Map.entry("status.PENDING_ACTIVATION", "Настраивается"),
                Map.entry("page.plan", "Тариф"),
                Map.entry("kind.TRIAL", "Пробный период"),
                Map.entry("kind.PAID", "Оплаченная"),
                Map.entry("kind.GRANT", "Подарок магазина"),
                Map.entry("page.server", "Сервер"),
                Map.entry("page.status", "Статус"),
                Map.entry("page.expires", "Действует до"),
                Map.entry("page.never", "бессрочно"),
                Map.entry("page.traffic", "Трафик"),
                Map.entry("page.unlimited", "безлимит"),
                Map.entry("page.none", "У вас ещё нет подписки. Откройте бота, чтобы взять пробный период или купить тариф."),
                Map.entry("page.qr", "Отсканируйте код в VPN-приложении, чтобы добавить подписку."),
                Map.entry("page.url", "Адрес подписки"),
                Map.entry("page.copy", "Копировать"),
                Map.entry("page.apps", "Добавить в приложение"),
                Map.entry("page.steps", "Установите одно из приложений, нажмите его кнопку (или отсканируйте код) и подключитесь. Приложение само обновляет серверы."),
                Map.entry("page.links", "Серверы по отдельности"),
                Map.entry("page.support", "Поддержка")));
    }

    private Texts() {
    }

    static String get(Language language, String key) {
        String text = TEXTS.get(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return text;
    }

    static String placeholder(Language language, SubscriptionStatus why) {
        return get(language, "placeholder." + why.name());
    }
}
