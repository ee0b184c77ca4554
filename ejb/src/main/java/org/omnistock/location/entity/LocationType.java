package org.omnistock.location.entity;

public enum LocationType {
    STORE, WAREHOUSE, DARK_STORE
}
