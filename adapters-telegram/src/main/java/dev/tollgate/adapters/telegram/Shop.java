package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;

/** The commerce use cases the user bot drives: browse plans, order, pay with Stars or the wallet, see the wallet. */
record Shop(ListPlansUseCase plans, PlaceOrderUseCase orders, PayFromWalletUseCase walletPayments,
            ConfirmPaymentUseCase payments, ShowWalletUseCase wallets, SubmitReceiptUseCase receipts,
            ReviewReceiptUseCase reviews, ShowSalesStatisticsUseCase statistics, ChangeAutoRenewUseCase autoRenew,
            java.util.Optional<CardTransfer> card) {
}
