package org.omnistock.account.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.account.control.Passwords;

public record NewPassword(@NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password) {
}
