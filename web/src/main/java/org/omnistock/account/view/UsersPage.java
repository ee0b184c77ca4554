package org.omnistock.account.view;

import static org.omnistock.platform.Text.blankToNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.account.boundary.NewPassword;
import org.omnistock.account.boundary.NewUser;
import org.omnistock.account.boundary.UserChange;
import org.omnistock.account.boundary.UserView;
import org.omnistock.account.boundary.Users;
import org.omnistock.platform.view.Messages;

/** Backs access/users.xhtml: staff users, their roles and stores, for admins. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    private List<UserView> all = List.of();

    private String username;
    private String displayName;
    private String role = "store-manager";
    private String stores;
    private String password;

    private String selected;
    private String newPassword;

    public void load() {
        all = users.list();
    }

    public void create() {
        UserView created = Messages.attempt(() -> users.create(new NewUser(username, displayName, role,
                codes(stores), password)));
        if (created != null) {
            Messages.info("User " + created.username() + " created as " + created.role());
            username = null;
            displayName = null;
            stores = null;
        }
        password = null;
        load();
    }

    /** Enables a disabled user, or disables an enabled one (it is signed out at its next request). */
    public void toggle(UserView user) {
        UserView changed = Messages.attempt(() -> users.change(user.username(), new UserChange(user.displayName(),
                user.role(), user.locations(), !user.enabled())));
        if (changed != null) {
            Messages.info(changed.username() + (changed.enabled() ? " may sign in again" : " is disabled"));
        }
        load();
    }

    public void setPassword() {
        if (Messages.attempt(() -> users.setPassword(selected, new NewPassword(newPassword))) != null) {
            Messages.info("Password of " + selected + " set; a lockout is lifted");
        }
        newPassword = null;
        load();
    }

    private static List<String> codes(String commaSeparated) {
        String text = blankToNull(commaSeparated);
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(code -> !code.isEmpty()).toList();
    }

    /** The stores a user acts at, in words: a store manager's list, or every store for the other roles. */
    public String storesOf(UserView user) {
        if (!"store-manager".equals(user.role())) {
            return "all";
        }
        return user.locations().isEmpty() ? "none" : String.join(", ", user.locations());
    }

    public List<String> getRoles() {
        return List.of("admin", "merchandiser", "accountant", "store-manager");
    }

    public List<UserView> getAll() {
        return all;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStores() {
        return stores;
    }

    public void setStores(String stores) {
        this.stores = stores;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
