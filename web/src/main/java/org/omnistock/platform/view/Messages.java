package org.omnistock.platform.view;

import java.util.function.Supplier;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.omnistock.platform.Refusal;

/** How back-office pages tell the user what happened, and run a change that a business rule may refuse. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        say(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        say(FacesMessage.SEVERITY_WARN, text);
    }

    /**
     * Runs the change; a refusal (or invalid values caught by the service) becomes a warning, with each detail.
     *
     * @return the change's result, or null if it was refused
     */
    public static <T> T attempt(Supplier<T> change) {
        try {
            return change.get();
        } catch (Refusal refusal) {
            warn(refusal.getMessage());
            refusal.details().stream().limit(20).forEach(d -> warn(d.field() + ": " + d.message()));
        } catch (EJBException e) {
            Throwable cause = e.getCausedByException() == null ? e : e.getCausedByException();
            if (cause instanceof jakarta.validation.ConstraintViolationException violations) {
                violations.getConstraintViolations().forEach(v -> warn(v.getPropertyPath() + " " + v.getMessage()));
            } else {
                warn("Not changed: " + cause.getMessage());
            }
        }
        return null;
    }

    private static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
