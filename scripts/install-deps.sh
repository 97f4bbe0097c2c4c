#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Install everything the build, the tests and the checks need, from Debian 12 packages.
# Safe to run again. Needs root (or sudo).
set -euo pipefail

SUDO=
if [[ $(id -u) -ne 0 ]]; then
	SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive

# Host packages.
PACKAGES=(
	cmake make ninja-build gcc g++ clang llvm-14 libclang-rt-14-dev clang-format clang-tidy cppcheck
	libcmocka-dev libjansson-dev pkg-config python3 lcov valgrind
	gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
	frama-c-base zip
	# The real-tree stage (scripts/real-tree-linux.sh): Debian's Linux 6.12 source, what a
	# kernel build needs, and LLVM's unversioned tools for LLVM=1.
	linux-source-6.12 bc flex bison libssl-dev libelf-dev lld llvm
)
# The aarch64 test run links CMocka and jansson for arm64 (Debian multiarch).
ARM64_PACKAGES=(libcmocka-dev:arm64 libjansson-dev:arm64)

if ! dpkg --print-foreign-architectures | grep -qx arm64; then
	$SUDO dpkg --add-architecture arm64
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" "${ARM64_PACKAGES[@]}" \
	>/tmp/ffav-install-deps.log 2>&1 || {
	tail -n 40 /tmp/ffav-install-deps.log >&2
	echo "install-deps: apt-get failed (full log: /tmp/ffav-install-deps.log)" >&2
	exit 1
}
echo "install-deps: all packages present"
