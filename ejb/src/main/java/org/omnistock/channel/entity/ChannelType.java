package org.omnistock.channel.entity;

public enum ChannelType {
    WEB, APP, POS, MARKETPLACE
}
