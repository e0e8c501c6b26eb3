package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Clock;
import java.util.TreeMap;

/**
 * The shop's admin use cases with an audit line for every action that changed something: a refused action (wrong
 * role, unknown subject, already decided) leaves the log as it was. The line is written right after the action's
 * own transaction; should that write fail the action stands and the line goes to the error log instead.
 */
public final class AuditedUseCases {

    private static final System.Logger LOG = System.getLogger(AuditedUseCases.class.getName());

    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AuditedUseCases(AuditLog audit, TransactionRunner transactions, Clock clock) {
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReviewReceiptUseCase reviewReceipt(ReviewReceiptUseCase inner) {
        return command -> {
            ReviewReceiptUseCase.Result result = inner.review(command);
            if (result instanceof ReviewReceiptUseCase.Approved) {
                write(command.admin(), AuditAction.RECEIPT_APPROVED, "payment " + command.payment(), "AWAITING_REVIEW",
                        "CONFIRMED");
            } else if (result instanceof ReviewReceiptUseCase.Rejected) {
                write(command.admin(), AuditAction.RECEIPT_REJECTED, "payment " + command.payment(), "AWAITING_REVIEW",
                        command.rejection() == null ? "REJECTED" : "REJECTED (" + command.rejection() + ")");
            }
            return result;
        };
    }

    public GrantAccessUseCase grantAccess(GrantAccessUseCase inner) {
        return command -> {
            GrantAccessUseCase.Result result = inner.grant(command);
            if (result instanceof GrantAccessUseCase.Granted granted) {
                write(command.admin(), AuditAction.ACCESS_GRANTED, "user " + command.user(), "",
                        "plan " + command.plan().value() + ", subscription " + granted.subscription().value());
            }
            return result;
        };
    }

    public ExtendAccessUseCase extendAccess(ExtendAccessUseCase inner) {
        return command -> {
            ExtendAccessUseCase.Result result = inner.extend(command);
            if (result instanceof ExtendAccessUseCase.Extended extended) {
                write(command.admin(), AuditAction.ACCESS_EXTENDED, "subscription " + command.subscription().value(),
                        "", "+" + command.extraTime() + ", +" + command.extraTraffic().bytes() + " bytes, expires "
                                + extended.access().expiresAt());
            }
            return result;
        };
    }

    public RevokeAccessUseCase revokeAccess(RevokeAccessUseCase inner) {
        return command -> {
            RevokeAccessUseCase.Result result = inner.revoke(command);
            if (result instanceof RevokeAccessUseCase.Revoked) {
                write(command.admin(), AuditAction.ACCESS_REVOKED, "subscription " + command.subscription().value(),
                        "", "REVOKED");
            }
            return result;
        };
    }

    public RefundOrderUseCase refundOrder(RefundOrderUseCase inner) {
        return command -> {
            RefundOrderUseCase.Result result = inner.refund(command);
            if (result instanceof RefundOrderUseCase.Refunded refunded) {
                write(command.admin(), AuditAction.ORDER_REFUNDED, "order " + command.order().value(), "PAID",
                        "REFUNDED " + refunded.amount().minorUnits() + " " + refunded.amount().currency()
                                + " to the wallet" + (command.revokeAccess() ? ", access revoked" : ", access kept"));
            } else if (result instanceof RefundOrderUseCase.RefundedByProvider refunded) {
                write(command.admin(), AuditAction.ORDER_REFUNDED, "order " + command.order().value(), "PAID",
                        "REFUNDED " + refunded.amount().minorUnits() + " " + refunded.amount().currency() + " through "
                                + refunded.provider() + (command.revokeAccess() ? ", access revoked" : ", access kept"));
            }
            return result;
        };
    }

    public SavePlanUseCase savePlan(SavePlanUseCase inner) {
        return command -> {
            SavePlanUseCase.Result result = inner.save(command);
            if (result instanceof SavePlanUseCase.Saved saved) {
                write(command.admin(), AuditAction.PLAN_SAVED, "plan " + command.terms().plan().value(),
                        saved.created() ? "" : "edited", "name " + command.name() + ", prices "
                                + new TreeMap<>(command.prices()).values() + ", " + command.terms().duration()
                                + ", traffic " + command.terms().traffic().bytes() + " bytes, devices "
                                + command.terms().deviceLimit()
                                + ", renewal " + command.terms().renewal().days() + "/" + command.terms().renewal().traffic()
                                + ", servers " + new java.util.TreeSet<>(command.servers().stream().map(s -> s.value()).toList())
                                + " groups " + new java.util.TreeSet<>(command.serverGroups())
                                + (command.position() == null ? "" : ", position " + command.position())
                                + (Boolean.TRUE.equals(command.allLocations()) ? ", every server per purchase" : "")
                                + (command.active() ? ", on sale" : ", off sale"));
            }
            return result;
        };
    }

    public SaveDiscountCodeUseCase saveDiscountCode(SaveDiscountCodeUseCase inner) {
        return command -> {
            SaveDiscountCodeUseCase.Result result = inner.save(command);
            if (result instanceof SaveDiscountCodeUseCase.Saved) {
                if (command.deactivate()) {
                    write(command.admin(), AuditAction.PROMO_CODE_DISABLED, "code " + command.code().value(),
                            "active", "disabled");
                } else {
                    write(command.admin(), AuditAction.PROMO_CODE_SAVED, "code " + command.code().value(), "",
                            command.kind() + " " + (command.amount() == null ? command.percent() + "%"
                                    : command.amount().minorUnits() + " " + command.amount().currency())
                                    + ", uses " + command.usageLimit() + ", until " + command.validUntil()
                                    + (command.plans().isEmpty() ? "" : ", plans " + new java.util.TreeSet<>(command.plans()
                                            .stream().map(dev.tollgate.domain.plan.PlanId::value).toList()))
                                    + (command.usesPerUser() == 1 ? "" : ", per user " + command.usesPerUser()));
                }
            }
            return result;
        };
    }

    private void write(TelegramUserId actor, AuditAction action, String subject, String before, String after) {
        AuditEntry entry = new AuditEntry(clock.instant(), actor, action, subject, before, after);
        try {
            transactions.run(() -> audit.record(entry));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the audit line could not be stored, so it is here instead: " + entry, e);
        }
    }
}
