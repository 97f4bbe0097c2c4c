/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Mock of Xen's <xen/stdbool.h>, written for the build check from the interface it offers,
 * not taken from Xen: bool, true and false as macros, as C's <stdbool.h> has them, and
 * __bool_true_false_are_defined.
 */
#ifndef MOCK_XEN_STDBOOL_H
#define MOCK_XEN_STDBOOL_H

#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1

#endif /* MOCK_XEN_STDBOOL_H */
