#!/bin/sh
# Runs an Artemis broker instance in the foreground with its pid in <instance>/data/broker.pid: the instance's
# script execs the broker's JVM, so the pid is the broker's own, for whoever must stop it (a test that kills it,
# .ci/run after a failed build, an operator).
# Usage: run-broker.sh <artemis instance>
echo $$ > "$1/data/broker.pid"
exec sh "$1/bin/artemis" run
