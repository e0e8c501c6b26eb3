package dev.tollgate.application.port.out;

/** Tells every admin about something that needs a person: a receipt to review, a failed delivery, odd money. */
public interface AdminAlerts {

    void alert(AdminAlert alert);
}
