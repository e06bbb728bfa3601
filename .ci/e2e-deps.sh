#!/usr/bin/env bash
# Install what the end-to-end tests (tests/e2e, pytest -m e2e) need: an OpenSSH
# server and client, tmux and ssh-keygen; and zsh, fish and groff for the
# completion and man page tests. Idempotent and quiet: does nothing
# when they are already there; prints one line only when it installs or fails.
# Usage (from .ci/run, before pytest):  bash .ci/e2e-deps.sh
set -u

need=()
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v pgrep >/dev/null 2>&1 || need+=(procps)
# Not e2e, but installed the same way: the shells whose completion scripts
# tests/test_cli_completion.py runs, and groff, which reads the man page.
command -v zsh >/dev/null 2>&1 || need+=(zsh)
command -v fish >/dev/null 2>&1 || need+=(fish)
command -v groff >/dev/null 2>&1 || need+=(groff-base)

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" != 0 ]; then
    SUDO=sudo
    command -v sudo >/dev/null 2>&1 || { echo "e2e-deps: need root to install ${need[*]}; the e2e tests will be skipped" >&2; exit 0; }
else
    SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
echo "e2e-deps: installing ${need[*]}"
# Try without refreshing the package lists first (fast when they are current),
# then with `apt-get update`.
if ! $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >"$log" 2>&1; then
    if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"; } >"$log" 2>&1; then
        echo "e2e-deps: apt-get install ${need[*]} failed; the e2e tests will be skipped. Last lines:" >&2
        tail -n 5 "$log" >&2
        rm -f "$log"
        exit 0
    fi
fi
rm -f "$log"
# sshd refuses to start without its privilege-separation directory.
$SUDO mkdir -p /run/sshd
# The package's postinst may have started a system sshd on port 22 (in
# containers it usually can't); the tests start their own and never need it.
exit 0
