package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.ListedClient;
import dev.tollgate.application.port.out.OwnershipMark;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what a listing panel holds with the subscriptions stored for its server and puts the shop's own clients
 * back: a missing client of an active subscription is created again; a wrong enable flag, quota, expiry or device
 * limit is corrected (createClient brings an existing client in line); a client of an ended subscription that is
 * enabled again is disabled. A client whose email matches no stored subscription is never touched: it is counted as
 * foreign, or as unknown-but-ours when it follows the shop's email convention or carries its {@link OwnershipMark}.
 */
final class DriftRepair {

    private static final System.Logger LOG = System.getLogger(DriftRepair.class.getName());
    /** S-UI keeps expiry in whole seconds; a difference under this is rounding, not drift. */
    private static final Duration EXPIRY_TOLERANCE = Duration.ofSeconds(2);
    private static final int EXAMPLES_PER_KIND = 3;

    private final SubscriptionProvisioner provisioner;

    DriftRepair(SubscriptionProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    /** What one comparison did; {@link #alert} is present when something was repaired or found unknown. */
    record Outcome(int recreated, int corrected, int disabled, int unknownOurs, int foreign, int failed,
                   Optional<AdminAlert.PanelDrift> alert) {
        int repaired() {
            return recreated + corrected + disabled;
        }
    }

    Outcome repair(ServerSettings server, PanelGateway gateway, List<Subscription> stored, Instant now) {
        Map<String, ListedClient> listed = new HashMap<>();
        for (ListedClient client : gateway.listClients()) {
            listed.put(client.email().toLowerCase(Locale.ROOT), client);
        }
        Set<String> known = new HashSet<>();
        List<String> recreated = new ArrayList<>();
        List<String> corrected = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        int failed = 0;
        for (Subscription subscription : stored) {
            String email = subscription.credential().email();
            known.add(email);
            if (subscription.status() == SubscriptionStatus.PENDING_ACTIVATION) {
                continue;
            }
            ListedClient onPanel = listed.get(email);
            try {
                if (subscription.status() == SubscriptionStatus.ACTIVE) {
                    PanelClient expected = provisioner.clientFor(subscription, now);
                    if (onPanel == null) {
                        gateway.createClient(expected);
                        recreated.add(email);
                    } else if (differs(onPanel, expected, subscription, now)) {
                        gateway.createClient(expected);
                        corrected.add(email);
                    }
                } else if (onPanel != null && onPanel.enabled()) {
                    gateway.disableClient(provisioner.clientFor(subscription, now));
                    disabled.add(email);
                }
            } catch (PanelException e) {
                failed++;
                LOG.log(Level.WARNING, "could not repair {0} on {1}: {2}", email, server.id(), e.getMessage());
            }
        }
        List<String> unknownOurs = new ArrayList<>();
        int foreign = 0;
        for (Map.Entry<String, ListedClient> entry : listed.entrySet()) {
            String email = entry.getKey();
            if (known.contains(email)) {
                continue;
            }
            // Ours by the email convention or by the mark in its comment/desc, yet stored nowhere: reported, not touched.
            if (ClientCredential.isShopEmail(email) || OwnershipMark.isMarked(entry.getValue().note())) {
                unknownOurs.add(email);
            } else {
                foreign++;
            }
        }
        int repaired = recreated.size() + corrected.size() + disabled.size();
        Optional<AdminAlert.PanelDrift> alert = Optional.empty();
        if (repaired > 0) {
            List<String> examples = new ArrayList<>();
            examples(examples, "re-created", recreated);
            examples(examples, "corrected", corrected);
            examples(examples, "disabled", disabled);
            examples(examples, "unknown", unknownOurs.stream().sorted().toList());
            alert = Optional.of(new AdminAlert.PanelDrift(server.id(), recreated.size(), corrected.size(), disabled.size(),
                    unknownOurs.size(), foreign, examples));
            LOG.log(Level.INFO, "server {0} drifted: {1} re-created, {2} corrected, {3} disabled; {4} unknown clients"
                    + " in the shop''s style and {5} foreign ones left alone", server.id(), recreated.size(),
                    corrected.size(), disabled.size(), unknownOurs.size(), foreign);
        }
        return new Outcome(recreated.size(), corrected.size(), disabled.size(), unknownOurs.size(), foreign, failed, alert);
    }

    private static void examples(List<String> into, String kind, List<String> emails) {
        emails.stream().limit(EXAMPLES_PER_KIND).forEach(email -> into.add(kind + ": " + email));
    }

    /**
     * Whether the listed client is not what the subscription grants. A client the panel disabled itself because
     * the term or quota is over is left to the limits job, so access is never handed back for traffic already used.
     */
    private static boolean differs(ListedClient listed, PanelClient expected, Subscription subscription, Instant now) {
        if (!listed.enabled()) {
            return !(subscription.isPastExpiry(now) || subscription.quotaUsedUp());
        }
        if (!listed.quota().equals(expected.quota())) {
            return true;
        }
        if (listed.deviceLimit() >= 0 && listed.deviceLimit() != expected.deviceLimit()) {
            return true;
        }
        if (expected.delayedStart().isPresent() || listed.delayedStart()) {
            // A term that starts at first use: the panel may have turned it into a deadline already.
            return false;
        }
        if (listed.expiresAt() == null) {
            return expected.expiresAt() != null;
        }
        return expected.expiresAt() == null
                || Duration.between(listed.expiresAt(), expected.expiresAt()).abs().compareTo(EXPIRY_TOLERANCE) > 0;
    }
}
