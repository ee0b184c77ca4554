package org.omnistock.platform.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.account.boundary.NewPassword;
import org.omnistock.account.boundary.Users;

/** Backs account.xhtml: the signed-in user changes its own password. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    private String currentPassword;
    private String newPassword;

    public void changePassword() {
        if (Messages.attempt(() -> {
            users.changeOwnPassword(currentPassword, new NewPassword(newPassword));
            return Boolean.TRUE;
        }) != null) {
            Messages.info("Your password is changed");
        }
        currentPassword = null;
        newPassword = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
