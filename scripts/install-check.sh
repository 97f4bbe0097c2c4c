#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Install the library into a scratch prefix and build two consumers against it: one with
# find_package(ffa_validate), one with pkg-config.
set -euo pipefail
cd "$(dirname "$0")/.."
work=build/install-check
rm -rf "$work"
cmake -S . -B "$work/build" -DFFAV_BUILD_TESTS=OFF -DFFAV_BUILD_CLI=OFF -DFFAV_BUILD_REPLAY=OFF \
	-DCMAKE_INSTALL_PREFIX="$PWD/$work/prefix" >/dev/null
cmake --build "$work/build" -j2 >/dev/null
cmake --install "$work/build" >/dev/null
cmake -S tests/install -B "$work/consumer" -DCMAKE_PREFIX_PATH="$PWD/$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
"$work/consumer/consumer"
PKG_CONFIG_PATH="$PWD/$work/prefix/lib/pkgconfig" cc -o "$work/consumer-pc" tests/install/consumer.c \
	$(PKG_CONFIG_PATH="$PWD/$work/prefix/lib/pkgconfig" pkg-config --cflags --libs ffa_validate)
"$work/consumer-pc"
echo "install-check: find_package and pkg-config consumers built and ran"
