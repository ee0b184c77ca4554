#!/usr/bin/env python3
"""Verifies an Omnistock webhook request the way a receiver should (docs/webhooks.md).

As a library: verify(secret, signature_header, raw_body) -> bool.
From a shell: verify_webhook.py SECRET 'SIGNATURE HEADER' < raw-body; exit status 0 when genuine, 1 when not.
"""
import hashlib
import hmac
import sys
import time

TOLERANCE_SECONDS = 300


def verify(secret: str, signature_header: str, raw_body: bytes, now: float = None) -> bool:
    """True when one v1 of the header is the HMAC-SHA256 of '<t>.<body>' under the secret, and t is recent."""
    parts = [p.strip().split("=", 1) for p in signature_header.split(",")]
    timestamps = [v for k, v in parts if k == "t"]
    signatures = [v for k, v in parts if k == "v1"]
    if len(timestamps) != 1 or not signatures or not timestamps[0].isdigit():
        return False
    signed = timestamps[0].encode() + b"." + raw_body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    genuine = any(hmac.compare_digest(expected, s) for s in signatures)
    fresh = abs((now if now is not None else time.time()) - int(timestamps[0])) <= TOLERANCE_SECONDS
    return genuine and fresh


if __name__ == "__main__":
    sys.exit(0 if verify(sys.argv[1], sys.argv[2], sys.stdin.buffer.read()) else 1)
