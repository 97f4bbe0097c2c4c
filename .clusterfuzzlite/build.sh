#!/bin/bash -eu
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
# ClusterFuzzLite and OSS-Fuzz share one build script.
exec "$SRC/libffa_validate/oss-fuzz/build.sh"
