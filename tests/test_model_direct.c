/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
#include "ffav_model_test.h"
int main(void) { return 0; }
