package org.omnistock.returns.entity;

/** Whether a return's goods have arrived. */
public enum ReturnStatus {
    AUTHORISED, PARTLY_RECEIVED, RECEIVED
}
