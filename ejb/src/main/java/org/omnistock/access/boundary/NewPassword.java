package org.omnistock.access.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.access.control.Passwords;

public record NewPassword(@NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password) {
}
