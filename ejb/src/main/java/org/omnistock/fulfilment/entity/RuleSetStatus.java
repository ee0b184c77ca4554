package org.omnistock.fulfilment.entity;

/** A rule set is edited as a draft, routes orders once published, and is kept when the next one replaces it. */
public enum RuleSetStatus {
    DRAFT, ACTIVE, RETIRED
}
