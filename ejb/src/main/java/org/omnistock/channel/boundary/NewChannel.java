package org.omnistock.channel.boundary;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.channel.entity.ChannelType;
import org.omnistock.messages.Limits;

/** A sales channel and the locations it sells from. */
public record NewChannel(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*",
                message = "must be upper-case letters, digits, '-' or '_'") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ChannelType type,
        @NotEmpty @Size(max = MAX_LOCATIONS) List<@NotBlank @Size(max = Limits.MAX_CODE) String> locationIds) {

    /** Locations one channel draws on. */
    public static final int MAX_LOCATIONS = 10_000;
}
