package dev.tollgate.application.port.in;

/** The reminder job: sends each due expiry and traffic reminder once, even when two runs overlap. */
public interface SendRemindersUseCase {

    Result send();

    record Result(int sent, int failed) {
    }
}
